extension Geography {
    /// The province `text` names: its 2-digit code, or its Thai or English name ignoring case,
    /// spaces, hyphens and a leading "จังหวัด", "จ." or "Province" (`เชียงใหม่`, `จ.เชียงใหม่`,
    /// `chiang mai`, `50`). Throws an error listing the nearest provinces when it names none,
    /// or those it could mean when it names (or begins the names of) several.
    public func province(matching text: String) throws(AreaNameError) -> Province {
        let code = try AreaNameMatcher(
            level: .province,
            areas: provinces.map {
                AreaNameError.Area(code: $0.code, nameThai: $0.nameThai, nameEnglish: $0.nameEnglish)
            }
        ).code(of: text)
        return province(code: code)!
    }

    /// The inspection zone `text` names: its number, or its Thai or English name ignoring case,
    /// spaces, hyphens and a leading "เขตตรวจราชการที่" or "zone" (`15`, `zone 15`,
    /// `ภาคเหนือตอนบน 1`, `upper northern 1`). Throws as `province(matching:)` does.
    public func zone(matching text: String) throws(AreaNameError) -> InspectionZone {
        let number = try AreaNameMatcher(
            level: .zone,
            areas: zones.map {
                AreaNameError.Area(code: $0.number, nameThai: $0.nameThai, nameEnglish: $0.nameEnglish)
            }
        ).code(of: text)
        return zone(number: number)!
    }
}

/// Finds the one area of a level that a code or name picks out.
private struct AreaNameMatcher {
    let level: AreaLevel
    /// Every area of the level, by ascending code.
    let areas: [AreaNameError.Area]

    /// The code of the area `text` gives.
    func code(of text: String) throws(AreaNameError) -> Int {
        let key = AreaNameKey.key(text, level: level)
        if AreaNameKey.isNumber(key) {
            let digits = String(String.UnicodeScalarView(key))
            if let code = Int(digits), areas.contains(where: { $0.code == code }) { return code }
            let codes = areas.map(\.code)
            throw AreaNameError(
                level: level, text: text,
                problem: .unknownCode(digits, codes: (codes.min() ?? 0)...(codes.max() ?? 0)))
        }
        let candidates = NearMatches(
            candidates: areas.map { area in
                .init(
                    item: area,
                    keys: [
                        AreaNameKey.key(area.nameThai, level: level), AreaNameKey.key(area.nameEnglish, level: level),
                    ])
            })
        let exact = candidates.candidates.filter { $0.keys.contains(key) }.map(\.item)
        if exact.count == 1 { return exact[0].code }
        if exact.count > 1 { throw AreaNameError(level: level, text: text, problem: .ambiguous(exact)) }
        let beginning = candidates.startingWith(key)
        if beginning.count > 1 { throw AreaNameError(level: level, text: text, problem: .ambiguous(beginning)) }
        throw AreaNameError(
            level: level, text: text, problem: .unknownName(closest: candidates.nearest(to: key, limit: 3)))
    }
}
