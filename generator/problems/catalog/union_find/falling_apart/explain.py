"""A sample's explanation from its executed answer: the first loss that changes nothing and the first that
splits a group."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
edge = texts.get("edge", "간선" if ko else "edge")
group = texts.get("group", "무리" if ko else "group")
groups = texts.get("groups", group + "s")


def count(k):
    return f"1 {group}" if k == 1 else f"{k} {groups}"


toks = case["input"].split()
n, m, q = int(toks[0]), int(toks[1]), int(toks[2])
order = [int(x) for x in toks[3 + 2 * m: 3 + 2 * m + q]]
counts = [int(x) for x in case["output"].split()]
before = [None] + counts[:-1]
parts = []
same = next((j for j in range(1, q) if counts[j] == counts[j - 1]), None)
split = next((j for j in range(1, q) if counts[j] > counts[j - 1]), None)
if same is not None:
    parts.append(f"{order[same]}번 {edge}이(가) 끊어져도 다른 길이 남아 있어 {group}은(는) 그대로 "
                 f"{counts[same]}개입니다." if ko else
                 f"Losing {edge} {order[same]} changes nothing: another way around remains, so there "
                 f"{'is' if counts[same] == 1 else 'are'} still {count(counts[same])}.")
if split is not None:
    parts.append(f"{order[split]}번 {edge}이(가) 끊어지면 {group}이(가) 나뉘어 {counts[split]}개가 됩니다."
                 if ko else f"Losing {edge} {order[split]} splits one {group} in two: {count(counts[split])} in all.")
parts.append(f"마지막에는 {group}이(가) {counts[-1]}개입니다." if ko else
             f"At the end there {'is' if counts[-1] == 1 else 'are'} {count(counts[-1])}.")
print(" ".join(parts))
