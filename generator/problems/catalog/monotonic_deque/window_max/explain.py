"""A sample's explanation from its input alone: reads {"input", "language", "texts", ...} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko, texts = case["language"] == "ko", case["texts"]
tokens = [int(t) for t in case["input"].split()]
n, k = tokens[0], tokens[1]
a = tokens[2:2 + n]
windows = [a[i:i + k] for i in range(n - k + 1)]
shown = "; ".join(f"[{' '.join(map(str, w))}] → {max(w)}" for w in windows[:8]) + ("; ..." if len(windows) > 8 else "")
print(f"길이 {k}인 구간과 그 안의 가장 큰 값을 차례로 쓰면 {shown}입니다." if ko else
      f"Each stretch of {k} {texts['slot'] if k == 1 else texts['slots']} and its highest {texts['value']}, in order: "
      f"{shown}.")
