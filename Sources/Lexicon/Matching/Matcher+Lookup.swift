extension Matcher {
    /// One match of any lexicon list's pattern, unresolved (overlaps kept).
    public struct GroupMatch: Sendable, Hashable {
        public var group: Group
        /// Index into the group's list (for ``Group/condition``: the entry the condition belongs to).
        public var item: Int
        public var tokens: Range<Int>
    }

    /// Every match of every pattern of every group inside `tokens`, in order of start, then
    /// pattern: what `stance lexicon show TERM` lists.
    ///
    /// - Complexity: O(tokens × patterns starting at a token).
    public func allMatches(in tokens: Range<Int>, atoms: DocumentAtoms) -> [GroupMatch] {
        index.matches(in: tokens, atoms: atoms).map {
            GroupMatch(group: groupOfPattern[$0.pattern], item: Int(itemOfPattern[$0.pattern]), tokens: $0.tokens)
        }
    }
}
