"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
clock, t = case["input"].split()
h, m = map(int, clock.split(":"))
start = h * 60 + m
total = start + int(t)
end, days = case["output"].split()
if case["language"] == "ko":
    print(f"자정부터 시작 시각 {clock}까지는 {start}분이고, {t}분을 더하면 {total}분입니다. 1440분(하루)으로 나누면 몫이 {days}, "
          f"나머지가 {total % 1440}분이므로 끝나는 시각은 {end}이고, 지난 자정의 수는 몫과 같은 {days}입니다.")
else:
    print(f"{clock} is {start} minutes after midnight; adding {t} gives {total}. Dividing by 1440 (one day) leaves "
          f"{days} whole day{'s' if days != '1' else ''} and {total % 1440} minutes, which is {end}; each whole day is one midnight "
          f"passed.")
