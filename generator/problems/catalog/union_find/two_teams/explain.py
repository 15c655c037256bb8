"""A sample's explanation from its executed answer: replays the statements (tiny sample) and names the first
false one with the reason. Reads {"input", "output", "language", "texts"} as JSON (texts: the theme's words for the
people and the two sides)."""
import json
import sys


case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
person = texts.get("person", "사람" if ko else "person")
persons = texts.get("persons", "people")
side = texts.get("side", "편" if ko else "side")
sides = texts.get("sides", side + "s")


toks = case["input"].split()
n, m = int(toks[0]), int(toks[1])
rows = [tuple(int(x) for x in toks[2 + 3 * i: 5 + 3 * i]) for i in range(m)]
answer = int(case["output"].split()[0])
adj = {v: [] for v in range(1, n + 1)}
first = None
for i, (t, a, b) in enumerate(rows):
    colour, stack = {a: 0}, [a]
    while stack:
        v = stack.pop()
        for w, d in adj[v]:
            if w not in colour:
                colour[w] = colour[v] ^ d
                stack.append(w)
    if b in colour and colour[b] != t:
        first = first or (i + 1, t, a, b, colour[b])
        continue
    if b not in colour:
        adj[a].append((b, t))
        adj[b].append((a, t))
if first is None:
    print("모든 진술이 앞의 진술과 함께 성립하므로 답은 0입니다." if ko else
          "Every statement can hold together with the earlier ones, so the answer is 0.")
else:
    i, t, a, b, known = first
    if a == b:  # `1 a a`: one person on two sides
        if ko:
            print(f"{i}번째 진술은 {a}번 {person}이(가) 자기 자신과 다른 {side}에 속한다는 뜻이므로 항상 "
                  f"거짓입니다. 거짓인 진술은 모두 {answer}개입니다.")
        else:
            print(f"Statement {i} puts {person} {a} in a different {side} from {person} {a}, which can never hold, "
                  f"so it is false. In all, {answer} {'statement is' if answer == 1 else 'statements are'} false.")
    elif ko:
        what = "같은" if known == 0 else "서로 다른"
        print(f"{i}번째 진술 직전에 이미 {a}번과 {b}번 {person}은(는) {what} {side}에 속하는 것으로 정해져 "
              f"있으므로 이 진술은 거짓입니다. 거짓인 진술은 모두 {answer}개입니다.")
    else:
        what = f"in the same {side}" if known == 0 else f"in different {sides}"
        print(f"Before statement {i}, {persons} {a} and {b} are already known to be {what}, so it is false. "
              f"In all, {answer} {'statement is' if answer == 1 else 'statements are'} false.")
