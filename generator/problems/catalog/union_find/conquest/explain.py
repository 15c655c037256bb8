"""A sample's explanation from its executed answer: the first absorb where the absorbing group is the smaller
one, and the last answer. Reads {"input", "output", "language", "texts"} as JSON (texts: the theme's words for the
members, their groups and a group's leader)."""
import json
import sys


case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
unit = texts.get("unit", "구성원" if ko else "member")
group = texts.get("group", "무리" if ko else "group")
leader = texts.get("leader", "우두머리" if ko else "leader")


toks = case["input"].split()
n, q = int(toks[0]), int(toks[1])
lead = list(range(n + 1))
pos, note = 2, ""
for i in range(q):
    if toks[pos] == "1":
        a, b = int(toks[pos + 1]), int(toks[pos + 2])
        pos += 3
        new, old = lead[a], lead[b]
        if new != old and not note and lead.count(new) < lead.count(old):
            note = (f"{i + 1}번째 연산에서 {a}번 {unit}의 {group}은(는) {b}번 {unit}의 {group}보다 작지만, 합쳐진 "
                    f"{group}의 {leader}은(는) 그대로 {new}번 {unit}입니다. " if ko else
                    f"In operation {i + 1} the {group} of {unit} {a} is smaller than the {group} of {unit} {b}, yet "
                    f"{unit} {new} stays the {leader} of the merged {group}. ")
        if new != old:
            lead = [new if x == old else x for x in lead]
    else:
        pos += 2
answers = case["output"].split()
print(note + (f"마지막 질문의 답은 {answers[-1]}입니다." if ko else f"The last question is answered {answers[-1]}."))
