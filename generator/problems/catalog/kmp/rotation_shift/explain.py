"""A sample's explanation: the shift found (or why none), computed from the sample."""
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
toks = case["input"].split()
n, a, b = int(toks[0]), toks[1], toks[2]
k = next((k for k in range(n) if a[k:] + a[:k] == b), -1)
if k < 0:
    print(f"`{a}`{josa(a, '을/를')} 어떻게 돌려도 `{b}`{josa(b, '이/가')} 되지 않으므로 -1입니다." if ko
          else f"No shift of `{a}` gives `{b}`, so the answer is -1.")
elif ko:
    print(f"앞의 {k}글자(`{a[:k]}`)를 뒤로 옮기면 `{a[k:]}` + `{a[:k]}` = `{b}`이고, 더 작은 k로는 안 되므로 답은 {k}입니다."
          if k else f"`{a}`{josa(a, '이/가')} 이미 `{b}`{josa(b, '과/와')} 같으므로 답은 0입니다.")
else:
    print(f"Moving the first {k} letters `{a[:k]}` to the end gives `{a[k:]}` + `{a[:k]}` = `{b}`, and no smaller "
          f"shift works, so the answer is {k}." if k else f"`{a}` already equals `{b}`, so the answer is 0.")
