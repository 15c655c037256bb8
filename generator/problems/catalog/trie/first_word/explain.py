"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys


def josa(word, pair):
    """The particle of `pair` ("을/를", "이/가", "은/는", "과/와", "으로/로") that fits how `word` ends when read
    aloud, as generator/problems/textkit.josa decides: a Latin letter is read by its Korean name, and l, m, n, r
    (엘, 엠, 엔, 알) end in a consonant (l and r in ㄹ, which takes 로)."""
    with_batchim, without = pair.split("/")
    last = str(word).rstrip()[-1:]
    if last.isdigit():
        final, rieul = last not in "2459", last in "178"
    elif "가" <= last <= "힣":
        code = (ord(last) - 0xAC00) % 28
        final, rieul = code != 0, code == 8
    else:
        final, rieul = last in "lLmMnNrR", last in "lLrR"
    return without if not final or (pair == "으로/로" and rieul) else with_batchim


case = json.load(sys.stdin)
ko = case["language"] == "ko"
lines = case["input"].split("\n")
n, q = map(int, lines[0].split())
words, queries = lines[1:1 + n], lines[1 + n:1 + n + q]
answers = case["output"].split()
parts = []
for query, answer in list(zip(queries, answers))[:6]:
    hits = sorted(f"`{w}`" for w in words if w.startswith(query))
    if answer == "-1":
        parts.append(f"`{query}`{josa(query, '으로/로')} 시작하는 항목이 없어 -1" if ko else f"nothing begins with `{query}`, so -1")
    elif ko:
        parts.append(f"`{query}`{josa(query, '으로/로')} 시작하는 항목 {', '.join(hits)} 중 가장 앞서는 것은 {answer}번 `{words[int(answer) - 1]}`")
    else:
        parts.append(f"of {', '.join(hits)} (the entries beginning with `{query}`) the first is entry {answer}, "
                     f"`{words[int(answer) - 1]}`")
text = "; ".join(parts) + "."
print(text[0].upper() + text[1:])
