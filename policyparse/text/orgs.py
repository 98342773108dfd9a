"""Is this string an organisation name?

`is_unit_name(s)` is used by the units stage and by the tasks stage (a section whose
heading is a unit). It keys on the shape of Chinese organisation names: a known ending
(局, 厅, 委员会, 人民政府, 公司 …, data/org_suffixes.txt), no verbs or particles that only
running text has, and for generic endings (部门, 单位) a qualifier that makes them a body
(各有关部门, 市直有关部门, 省卫生健康部门).
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from .. import vocabulary

# Particles and verbs that never stand inside a name (outside its brackets).
# 要 (must) never, but in 机要 (confidential: 县委机要保密局) and 要素 (factor: 要素保障局), which bodies hold.
_CLAUSE_WORD = regex.compile(r"(?<!机)要(?!素)|的|由|均需|应当|应该|必须|负责|牵头|配合|会同|进行|开展|推进|加强|按照|通过|办法|方案|[,。;:!?]")
# Generic heads that are a body only with a qualifier.
_GENERIC_END = regex.compile(r"(?:部门|单位|机构|机关)$")
_GENERIC_QUALIFIER = regex.compile(r"^(?:各|有关|相关|全|[省市区县州]直)|有关|相关|成员|所属|直属|^[省市区县州乡镇]")
_NAME_CHARS = regex.compile(r"[\p{Han}A-Za-z0-9、]+")
# A list piece with 各 / 直 / 级 of its own (各有关部门, 市直各部门, 市级有关部门): a name of its own,
# never the end of a level piece before it (各县区、市直各部门 is two units).
OWN_EACH = regex.compile(r"各|[省市区县州盟旗乡镇]{1,2}(?:直|级)")
_COMMITTEE_AND_GOVERNMENT = regex.compile(r"^[^、]{2,12}党工?委、(?:人民)?政府$")
# A section of a named body (市教育局基础教育科, 县财政局预算股): the body, then the
# section's own ending 科 / 股, which without a body before it ends ordinary words (眼科, 股份), and
# after 学/专/本 names a discipline even after one (医学院重点学科).
_SECTION_OF_A_BODY = regex.compile(r"(?:局|委|厅|办|院)\p{Han}{2,12}(?<![学专本])[科股]$")
# A city level named by its kind, sharing the next part's ending as 各市 does: 各设区市、县(市、区)人民政府.
_CITY_KIND = regex.compile(r"各?(?:设区的?|地级)市")
_BRACKETED = regex.compile(r"\([^()]{0,20}\)|〔[^〔〕]{0,20}〕|\[[^\[\]]{0,20}\]|【[^【】]{0,20}】")


@cache
def _clause_start() -> regex.Pattern[str]:
    """Words a name never starts with (data/clause_openers.txt)."""
    return regex.compile("^(?:%s)" % "|".join(map(regex.escape, vocabulary.entries("clause_openers.txt"))))


def opens_a_clause(s: str) -> bool:
    """Whether s starts with a word a name never starts with (根据…, 推进…: data/clause_openers.txt)."""
    return _clause_start().match(s) is not None


@cache
def _false_end() -> regex.Pattern[str]:
    """Ordinary words that end like a name (data/false_org_endings.txt)."""
    return regex.compile("(?:%s)$" % "|".join(map(regex.escape, vocabulary.entries("false_org_endings.txt"))))


@cache  # spares the import statement on every call
def _suffixes() -> tuple[str, ...]:
    from ..units.vocab import org_suffixes

    return org_suffixes()


@lru_cache(maxsize=4096)  # pure in a short string; list readers ask about the same pieces many times
def is_unit_name(s: str) -> bool:
    """True when `s` reads as the name of an organisation (市财政局, 各县(市、区)政府)."""
    s = s.strip()
    if not 2 <= len(s) <= 40:
        return False
    bare = _BRACKETED.sub("", s)
    if len(bare) < 2 or not (bare.endswith(_suffixes()) or _SECTION_OF_A_BODY.search(bare)):
        return False  # the cheap test first: most pieces of running text end in no organisation suffix
    if _clause_start().match(bare) or _CLAUSE_WORD.search(bare):
        return False
    if not _NAME_CHARS.fullmatch(bare):
        return False
    # 、 only where level words share one ending (各区、县政府), or a government follows its
    # party committee (各乡镇党委、政府: one unit, as 党委和政府).
    if "、" in bare and not all(len(part) <= 3 or _CITY_KIND.fullmatch(part) for part in bare.split("、")[:-1]) \
            and not _COMMITTEE_AND_GOVERNMENT.search(bare):
        return False
    if "、" in bare and any(OWN_EACH.match(part) for part in bare.split("、")[1:]):
        return False  # 各县区、市直各部门: a piece with 各 / 直 / 级 of its own is a name of its own
    false_end = _false_end().search(bare)
    if false_end and not any(len(end) > len(false_end.group()) and bare.endswith(end) for end in _suffixes()):
        return False  # 举办, 兴办; but a listed ending that holds the false one is a name (乡村振兴办)
    if _GENERIC_END.search(bare) and _names_a_role(bare):
        return False  # 各责任单位要主动配合: the holders of a role the notice gave out, no body named
    return not (_GENERIC_END.search(bare) and not _GENERIC_QUALIFIER.search(bare))


# 各 / 有关 / 其他 before a role label (各牵头单位, 其他责任单位, 各有关配合部门): the label's holders.
_ROLE_HOLDERS = regex.compile(r"(?:各|其他|其余)?(?:有关|相关)?(?P<label>\p{Han}{4,8})")


def _names_a_role(bare: str) -> bool:
    """各责任单位, 各牵头部门: a role label (data/unit_labels.tsv) taken as a noun names whoever holds that
    role in the notice's own list or table, not an organisation (the guide's units are bodies)."""
    match = _ROLE_HOLDERS.fullmatch(bare)
    return match is not None and match["label"] in _role_labels()


@cache
def _role_labels() -> frozenset[str]:
    """The role labels of data/unit_labels.tsv that give a unit's role (not person or stop labels)."""
    return frozenset(label for label, role in vocabulary.pairs("unit_labels.tsv").items()
                     if role in ("lead", "responsible", "cooperating"))
