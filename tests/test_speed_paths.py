"""The speed fast paths give what their plain paths give.

Each fast path (a cheap test that rules out a pattern's search) is checked against the plain
search on the corpus and on random strings built from the pieces the pattern reads: a quick
test that says no where the pattern matches makes these tests fail.
"""

from __future__ import annotations

import random

from corpus_support import CORPUS


STYLE_PIECES = ["display", "DISPLAY", "Display", "visibility", "VISIBILITY", "vısıbılıty", "VİSİBİLİTY", ":", " ", "\t", "none",
                "NONE", "None", "hidden", "HIDDEN", "hıdden", "HİDDEN", "block", ";", "font-size:12pt", "mso-hide:all", "x"]


def test_a_style_that_hides_always_passes_the_quick_test():
    """html._may_hide must be true wherever _HIDDEN matches (case-blind, ı for i included)."""
    from lxml import html as lxml_html

    from policyparse.ingest import html

    rnd = random.Random(5)
    styles = ["".join(rnd.choice(STYLE_PIECES) for _ in range(rnd.randint(0, 8))) for _ in range(20000)]
    for path in sorted(CORPUS.iterdir()):
        if path.suffix in (".html", ".htm"):
            styles += [el.get("style") for el in lxml_html.fromstring(path.read_bytes()).iter() if el.get("style")]
    hidden = [s for s in styles if html._HIDDEN.search(s)]
    assert all(html._may_hide(s) for s in hidden)
    assert len(hidden) > 100 and len(styles) - len(hidden) > 1000
