"""Pipeline stages: each `find(draft)` adds one layer to the shared draft."""
