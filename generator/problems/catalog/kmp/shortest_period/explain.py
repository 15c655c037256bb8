"""A sample's explanation: the shortest generator and the copies that cover S (computed from the sample)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n, s = int(toks[0]), toks[1]
k = next(k for k in range(1, n + 1) if all(s[i] == s[i - k] for i in range(k, n)))
x = s[:k]
copies = " + ".join(s[i:i + k] for i in range(0, n, k))
if k == n and ko:
    print(f"$S$보다 짧은 문자열을 이어 써서는 $S$를 만들 수 없으므로 $S$ 자신이 가장 짧습니다. 답은 {k}입니다.")
elif k == n:
    print(f"No string shorter than $S$, written again and again, gives $S$, so $S$ itself is the shortest. The answer is {k}.")
elif ko:
    # No particle right after the letters: `rcrr`를 and `abcn`로 would be wrong (알, 엔 end in a consonant).
    print(f"$X$ = `{x}`일 때 $X$를 이어 쓰면 {copies} = $S$가 되고, 더 짧은 문자열로는 만들 수 없습니다. 답은 {k}입니다.")
else:
    print(f"Writing `{x}` again and again gives {copies} = $S$, and no shorter string works. The answer is {k}.")
