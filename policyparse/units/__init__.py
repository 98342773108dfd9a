"""Units and roles: who leads, who is responsible, who cooperates.

One module per layout rule (bracket, lines, table, heading, prose: the names are the
contract's `Unit.source` values), plus the shared list reader (lists.py: splitting and
repairs), canonical names and kinds (canonical.py), vocabulary (vocab.py) and the merge
that keeps each unit's strongest role (merge.py). The stage entry point is
`policyparse.stages.units.find`.
"""
