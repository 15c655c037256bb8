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
n = int(lines[0])
words = lines[1:1 + n]
answer = int(case["output"].split()[0])
pair = next(((i, j) for i in range(n) for j in range(i + 1, n)
             if answer and words[i][:answer] == words[j][:answer] and min(len(words[i]), len(words[j])) >= answer),
            None)
if pair is None:
    text = ("같은 글자로 시작하는 두 항목이 없으므로 답은 0입니다." if ko
            else "No two entries begin with the same letter, so the answer is 0.")
else:
    i, j = pair
    p = words[i][:answer]
    if ko:
        text = (f"`{p}`{josa(p, '은/는')} {i + 1}번 항목 `{words[i]}`{josa(words[i], '과/와')} {j + 1}번 항목 `{words[j]}`의 접두사이고, "
                f"두 항목이 공유하는 더 긴 접두사는 없으므로 답은 {answer}입니다.")
    else:
        text = (f"`{p}` is a prefix of entry {i + 1} (`{words[i]}`) and entry {j + 1} (`{words[j]}`), "
                f"and no two entries share a longer beginning, so the answer is {answer}.")
print(text)
