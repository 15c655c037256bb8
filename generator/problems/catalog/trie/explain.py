"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys


case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
lines = case["input"].split("\n")
answer = case["output"].split()
SHOW = 6


def listed(items):
    shown = ", ".join(items[:SHOW])
    if len(items) > SHOW:
        shown += (f" 외 {len(items) - SHOW}개" if ko else f" and {len(items) - SHOW} more")
    return shown


if variant == "prefix_count":
    n, q = map(int, lines[0].split())
    words = lines[1:1 + n]
    queries = lines[1 + n:1 + n + q]
    parts = []
    for query in queries[:SHOW]:
        hits = [f"`{w}`" for w in words if w.startswith(query)]
        if ko:
            parts.append(f"`{query}`(으)로 시작하는 단어: {listed(hits)} ({len(hits)}개)" if hits else f"`{query}`(으)로 시작하는 단어는 없습니다 (0개)")
        else:
            parts.append(f"`{query}` begins {listed(hits)} ({len(hits)} in all)" if hits else f"`{query}` begins no word (0)")
    text = "; ".join(parts) + "."
elif variant == "distinct_prefixes":
    n = int(lines[0])
    seen = []
    for w in lines[1:1 + n]:
        for k in range(1, len(w) + 1):
            if w[:k] not in seen:
                seen.append(w[:k])
    shown = listed([f"`{p}`" for p in seen])
    text = (f"서로 다른 접두사는 모두 {answer[0]}개입니다: {shown}." if ko
            else f"The different prefixes are {shown}: {answer[0]} in all.")
elif variant == "xor_multiset":
    have = {0: 1}
    parts = []
    for line in lines[1:1 + int(lines[0])]:
        op, x = line.split()
        x = int(x)
        if op == "+":
            have[x] = have.get(x, 0) + 1
        elif op == "-":
            have[x] -= 1
        else:
            best = max(have[y] and x ^ y for y in have)
            partner = min(y for y in have if have[y] and x ^ y == best)
            values = sorted(y for y in have for _ in range(have[y]))
            if ko:
                # the query's own text (`? 2`), not "질의 2", which reads as the second query
                parts.append(f"`? {x}`: 모음 {{{listed(list(map(str, values)))}}}에서 가장 큰 값은 {x} XOR {partner} = {best}입니다")
            else:
                parts.append(f"for `? {x}` the collection is {{{listed(list(map(str, values)))}}} and {x} XOR {partner} = {best} is the largest")
    text = (". " if ko else "; ").join(parts[:SHOW]) + "."
    text = text[0].upper() + text[1:]
else:
    n = int(lines[0])
    words = lines[1:1 + n]
    pairs = [f"({i + 1}, {j + 1})" for i in range(n) for j in range(i + 1, n)
             if words[i].startswith(words[j]) or words[j].startswith(words[i])]
    if ko:
        text = f"조건을 만족하는 쌍은 {listed(pairs)}(으)로 {answer[0]}개입니다." if pairs else "조건을 만족하는 쌍이 없습니다."
    else:
        text = f"The qualifying pairs are {listed(pairs)}: {answer[0]} in all." if pairs else "No pair qualifies."
print(text)
