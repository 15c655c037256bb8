"""A sample's explanation: the longest palindromic suffix and the resulting palindrome (computed from the sample)."""
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
n, s = int(toks[0]), toks[1]
i = next(i for i in range(n) if s[i:] == s[i:][::-1])
added = s[:i][::-1]
if ko:
    print(f"가장 긴 팰린드롬 접미사는 `{s[i:]}`이므로 `{added}`{josa(added, '을/를')} 덧붙여 `{s + added}`{josa(s + added, '을/를')} 만듭니다. 답은 {i}입니다."
          if i else "이미 팰린드롬이므로 답은 0입니다.")
else:
    print(f"The longest palindromic suffix is `{s[i:]}`, so appending `{added}` gives `{s + added}`. The answer is {i}."
          if i else "The string is already a palindrome, so the answer is 0.")
