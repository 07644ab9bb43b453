public enum StanceVersion { public static let string = "0.1.0" }
