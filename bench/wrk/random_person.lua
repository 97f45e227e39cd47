-- wrk script: GET /api/v1/people/{id} for ids spread over the database
-- (env KITH_PEOPLE, default 10000), so most requests miss the server's cache.
--   wrk -s bench/wrk/random_person.lua -H "Cookie: kith_session=..." URL
local people = tonumber(os.getenv("KITH_PEOPLE") or "10000")
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end
function init(args)
  math.randomseed(seed * 7919)
end
function request()
  return wrk.format("GET", "/api/v1/people/" .. math.random(1, people))
end
