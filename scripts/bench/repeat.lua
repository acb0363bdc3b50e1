-- "repeat" mix: the same 20 questions over and over (the classification cache answers most of them).
-- The questions are the lines of $BENCH_DIR/repeat.txt (JSON-escaped), written by scripts/bench.sh.
local dir = os.getenv("BENCH_DIR")
local questions = {}
for line in io.lines(dir .. "/repeat.txt") do questions[#questions + 1] = line end
local headers = { ["Content-Type"] = "application/json" }
local i = 0
request = function()
  i = i % #questions + 1
  return wrk.format("POST", nil, headers, '{"text": "' .. questions[i] .. '"}')
end
