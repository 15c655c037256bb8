"""A sample's explanation: the cheapest things in order, with the running total, until the budget stops it."""
import json
import sys



def josa(word, pair):
    """The Korean particle of `pair` ("을/를", "으로/로") that fits `word` read aloud: a number ending in 0 (영, 십,
    백, 천, 만), 1 (일), 3 (삼), 6 (육), 7 (칠) or 8 (팔) ends in a consonant; 1, 7 and 8 end in ㄹ, which takes 로."""
    with_final, without = pair.split("/")
    last = str(word)[-1]
    final, rieul = last not in "2459", last in "178"
    return without if not final or (pair == "으로/로" and rieul) else with_final


case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, budget = data[0], data[1]
prices = sorted(data[2:2 + n])
answer = int(case["output"].split()[0])
taken = prices[:answer]
if answer == 0:
    print(f"가장 싼 것도 {prices[0]}{josa(prices[0], '으로/로')} {budget}보다 비싸므로 0입니다." if ko
          else f"Even the cheapest costs {prices[0]} > {budget}, so the answer is 0.")
else:
    shown = " + ".join(map(str, taken))
    rest = f"; 다음으로 싼 {prices[answer]}까지 사면 {budget}{josa(budget, '을/를')} 넘습니다" if ko and answer < n else ""
    rest_en = f"; adding the next cheapest, {prices[answer]}, would exceed {budget}" if answer < n else ""
    print(f"가장 싼 것부터 {shown} = {sum(taken)} ≤ {budget}{rest}. 답은 {answer}입니다." if ko
          else f"Cheapest first: {shown} = {sum(taken)} ≤ {budget}{rest_en}. The answer is {answer}.")
