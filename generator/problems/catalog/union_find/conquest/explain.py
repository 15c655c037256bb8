"""A sample's explanation from its executed answer: the first absorb where the absorbing group is the smaller
one, and the last answer."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
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
            note = (f"{i + 1}번째 연산에서 {a}번 쪽 무리는 {b}번 쪽보다 작지만 그래도 {new}번이 이끕니다. " if ko else
                    f"In operation {i + 1} the group of {a} is smaller than the group of {b}, yet {new} leads. ")
        if new != old:
            lead = [new if x == old else x for x in lead]
    else:
        pos += 2
answers = case["output"].split()
print(note + (f"마지막 질문의 답은 {answers[-1]}입니다." if ko else f"The last question is answered {answers[-1]}."))
