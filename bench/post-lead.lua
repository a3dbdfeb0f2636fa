-- wrk script: POST a valid lead with a unique e-mail address on every request.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local counter = 0
local thread_id = math.random(1, 1000000)

request = function()
  counter = counter + 1
  local body = string.format(
    '{"name":"Bench Lead","email":"bench-%d-%d@example.com","company":"Bench","message":"Load test lead","consent":true}',
    thread_id, counter)
  return wrk.format(nil, nil, nil, body)
end
