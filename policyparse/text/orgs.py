"""Is this string an organisation name? (placeholder: the units work replaces it)."""

from __future__ import annotations

import re

_SUFFIX = re.compile(r"(政府|委员会|委|厅|局|部|办|办公室|署|院|会|中心|公司|集团|支行|分行|银行|组|所|站|队|管委会)$")


def is_unit_name(s: str) -> bool:
    """True when `s` reads as the name of an organisation (市财政局, 各县(市、区)政府)."""
    s = s.strip()
    return 2 <= len(s) <= 40 and bool(_SUFFIX.search(s))
