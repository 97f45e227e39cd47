-- wrk script: GET /api/v1/people/{id} for ids spread uniformly over the
-- database (env KITH_PEOPLE, default 10000). The server's response cache
-- holds every person page of the 10k network, so after the first pass over
-- the ids most requests are answered from it. With KITH_UNIQUE=1 each request
-- adds a query parameter never used before, which makes its cache key new:
-- every request is read from the database (what a cold cache costs).
--   wrk -s bench/wrk/random_person.lua -H "Cookie: kith_session=..." URL
local people = tonumber(os.getenv("KITH_PEOPLE") or "10000")
local unique = os.getenv("KITH_UNIQUE") == "1"
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end
local sent = 0
function init(args)
  math.randomseed(seed * 7919)
end
function request()
  local path = "/api/v1/people/" .. math.random(1, people)
  if unique then
    sent = sent + 1
    path = path .. "?n=" .. seed .. "-" .. sent
  end
  return wrk.format("GET", path)
end
