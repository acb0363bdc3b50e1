-- "varied" mix: a random catalog phrase with a random opener and ending, so that messages are mostly unique, as
-- real traffic is. The phrases are the lines of $BENCH_DIR/phrases.txt (JSON-escaped), written by scripts/bench.sh.
local dir = os.getenv("BENCH_DIR")
local phrases = {}
for line in io.lines(dir .. "/phrases.txt") do phrases[#phrases + 1] = line end
local openers = { "", "hi, ", "hello! ", "quick question: ", "hey so ", "um ", "sorry to bother you, ",
  "good morning. ", "i was wondering ", "ok so " }
local endings = { "", "?", " please", " thanks!", " for my mom", " asap", " lol", "??", " (asking for a friend)",
  " thank you" }
local headers = { ["Content-Type"] = "application/json" }
local thread_seed = 0
setup = function(thread)
  thread_seed = thread_seed + 1
  thread:set("seed", thread_seed)
end
init = function()
  math.randomseed(os.time() * 1000 + (seed or 0))
end
request = function()
  local text = openers[math.random(#openers)] .. phrases[math.random(#phrases)] .. endings[math.random(#endings)]
  return wrk.format("POST", nil, headers, '{"text": "' .. text .. '"}')
end
