"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
x = case["input"].split()[1]
answer = case["output"].split()[0]
n = len(x)
left = x[:(n + 1) // 2]
mirrored = left + left[:n // 2][::-1]
if x == "9" * n:
    text = (f"X의 숫자가 모두 9이므로 같은 자릿수의 팰린드롬 가운데 X보다 큰 것은 없습니다. 답은 한 자리 더 긴 {answer}입니다." if ko
            else f"{x} has only 9s, so no palindrome of {n} digits is larger; the answer {answer} has one digit more.")
elif mirrored > x:
    text = (f"앞쪽 절반을 뒤쪽에 거울처럼 옮긴 수는 {mirrored}입니다. 이 수가 X보다 크므로 답입니다." if ko
            else f"Mirroring the left half {left} gives {mirrored}, which is larger than {x}, so it is the answer.")
else:
    text = (f"앞쪽 절반을 뒤쪽에 거울처럼 옮긴 수는 {mirrored}입니다. 이 수는 X보다 크지 않으므로 앞쪽 절반에 1을 "
            f"더하고(9에서는 올림) 다시 거울처럼 옮깁니다. 답은 {answer}입니다." if ko
            else f"Mirroring the left half {left} gives {mirrored}, which is not larger than {x}; adding 1 to the left "
                 f"half and mirroring again gives {answer}.")
print(text)
