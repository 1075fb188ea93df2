"""Shards cut where their keys say (search/shards.py): an edit rewrites the shards holding what
changed, not every shard after it."""

from edition.search.shards import Packer

LIMIT = 1024


def _pack(keys: list[tuple[str, list[str]]]) -> list[bytes]:
    out = []
    packer = Packer(LIMIT, lambda data, first, last: out.append(data))
    for key, rows in keys:
        for row in rows:
            packer.add(key, row)
    packer.flush()
    return out


KEYS = [(f"term{i:05d}", [str(i)] * (i * 7 % 13 + 1)) for i in range(3000)]  # 1 to 13 rows a key


def test_a_key_grown_rewrites_the_shard_holding_it_alone():
    edited = list(KEYS)
    edited[100] = (KEYS[100][0], KEYS[100][1] + ["22"] * 60)  # more than any shard has room for
    before, after = _pack(KEYS), _pack(edited)
    assert len(before) > 50 and all(len(s) <= LIMIT for s in before + after)
    assert len(set(after) - set(before)) <= 3  # cut greedily: every shard after it


def test_keys_removed_and_one_added_rewrite_a_few_shards_near_each():
    edited = KEYS[:500] + KEYS[503:2000] + [("term01999x", ["12"] * 80)] + KEYS[2000:]
    before = _pack(KEYS)
    assert len(set(_pack(edited)) - set(before)) < len(before) / 10


def test_a_key_bigger_than_a_shard_is_split_and_ends_its_last_shard():
    big = [("a", ["1"]), ("big", ["12345"] * 600), ("c", ["1"])]
    shards = _pack(big)
    assert len(shards) >= 4 and all(len(s) <= LIMIT for s in shards)
    assert b'"c"' in shards[-1] and b'"big"' not in shards[-1]
