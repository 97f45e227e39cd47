-- wrk script: GET /api/v1/people?QUERY (env KITH_QUERY, default "limit=50"),
-- each request with a query parameter never used before, so that the
-- response cache never answers and every request sorts and writes the list.
--   KITH_QUERY='limit=1000&sort=strength' wrk -t1 -c2 -d10s \
--     -s bench/wrk/people_list.lua -H "Cookie: kith_session=..." URL
local query = os.getenv("KITH_QUERY") or "limit=50"
local sent = 0
function request()
  sent = sent + 1
  return wrk.format("GET", "/api/v1/people?" .. query .. "&n=" .. sent .. "-" .. math.random(1, 1000000))
end
