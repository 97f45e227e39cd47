#!/usr/bin/env python3
"""Writes src/web/openapi.json, the OpenAPI 3 description of /api/v1.

The routes are listed here once, compactly; a unit test (server_test.cc,
EveryRouteIsInTheOpenApiDocument) fails when the server has a route this
file does not describe. Run after changing a route:
    python3 scripts/gen-openapi.py > src/web/openapi.json
"""
import json

def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}

def obj(props, required=()):
    out = {"type": "object", "properties": props}
    if required:
        out["required"] = list(required)
    return out

S = {"type": "string"}
I = {"type": "integer"}
B = {"type": "boolean"}
N = {"type": "number"}
Ref = obj({"id": I, "name": S}, ["id", "name"])
schemas = {
    "Error": obj({"error": obj({"code": S, "message": S}, ["code", "message"])}, ["error"]),
    "PersonRef": Ref,
    "Tie": obj({"circle": S, "circle_inferred": B, "cadence_days": I, "strength": N,
                "silence_days": I, "overdue_ratio": N, "drifting": B, "snoozed": B,
                "due": {"type": "string", "nullable": True}}),
    "PersonRow": obj({"id": I, "name": S, "company": S, "title": S,
                      "tags": {"type": "array", "items": S},
                      "last_interaction_at": {"type": "string", "nullable": True},
                      "archived": B, "tie": ref("Tie")}),
    "Interaction": obj({"id": I, "kind": S, "at": S, "direction": S, "summary": S,
                        "source": S, "participants": {"type": "array", "items": Ref}}),
    "Person": obj({"id": I, "name": S, "company": S, "title": S, "location": S, "met": obj({}),
                   "contacts": {"type": "array", "items": obj({"kind": S, "value": S})},
                   "tags": {"type": "array", "items": S},
                   "facts": {"type": "array", "items": obj({"kind": S, "text": S})},
                   "needs": {"type": "array", "items": obj({"text": S, "open": B})},
                   "offers": {"type": "array", "items": obj({"text": S, "open": B})},
                   "dates": {"type": "array", "items": obj({"kind": S, "date": S})},
                   "notes": {"type": "array", "items": obj({"at": S, "body": S})},
                   "recent_interactions": {"type": "array", "items": ref("Interaction")},
                   "tie": obj({}), "strength_history": {"type": "array",
                                                        "items": obj({"at": S, "strength": N})}}),
    "TodayEntry": obj({"person": Ref, "reason": S, "opener": S, "circle": S, "strength": N,
                       "overdue_ratio": N, "due": {"type": "string", "nullable": True}}),
    "Event": obj({"id": I, "name": S, "place": S,
                  "starts_at": {"type": "string", "nullable": True}, "met": I}),
    "Opportunity": obj({"id": I, "title": S, "kind": S, "status": S,
                        "people": {"type": "array", "items": Ref}, "updated_at": S}),
    "Merge": obj({"id": I, "kept": Ref, "other": Ref, "merged_at": S,
                  "undone_at": {"type": "string", "nullable": True}}),
    "MergeSummary": obj({"merge_id": I, "kept": Ref, "other": Ref, "dry_run": B,
                         "counts": {"type": "array", "items": obj({
                             "table": S, "moved": I, "dropped": I, "combined": I})},
                         "filled": {"type": "array", "items": S}}),
    "Me": obj({"person": Ref, "offers": {"type": "array", "items": S},
               "needs": {"type": "array", "items": S}, "skills": {"type": "array", "items": S}}),
    "AskAnswer": obj({"person": Ref, "company": S, "title": S, "snippet": S,
                      "via": {"allOf": [Ref], "nullable": True}, "via_how": S,
                      "relevance": N, "reach": N, "score": N, "reason": S}),
    "IntroIdea": obj({"a": Ref, "b": Ref, "need": S, "offer": S, "a_interest": S,
                      "b_interest": S, "mutual": I, "score": N, "reason": S}),
    "Intro": obj({"id": I, "a": Ref, "b": Ref, "reason": S, "state": S, "outcome": S,
                  "next": S, "steps": {"type": "array", "items": S}, "draft": S}),
    "ImportJob": obj({"id": I, "state": {"type": "string", "enum": ["running", "done", "failed"]},
                      "filename": S, "bytes": I, "bytes_done": I, "report": obj({}),
                      "error": S}),
}

def p(name, where="query", schema=S, desc="", required=False):
    return {"name": name, "in": where, "required": required or where == "path",
            "schema": schema, "description": desc}

ID = p("id", "path", I, "person id")

def body(props, required=()):
    return {"required": True,
            "content": {"application/json": {"schema": obj(props, required)}}}

def ok(schema, code="200", desc="OK"):
    return {code: {"description": desc, "content": {"application/json": {"schema": schema}}}}

def op(summary, params=(), req=None, resp=None, tag="people", code="200"):
    out = {"summary": summary, "tags": [tag], "parameters": list(params),
           "responses": dict(resp or ok(obj({}), code))}
    out["responses"]["default"] = {"description": "error",
                                   "content": {"application/json": {"schema": ref("Error")}}}
    if req:
        out["requestBody"] = req
    return out

detail = lambda what, props, req: op(f"Add {what}", [ID], body(props, req),
                                     ok(obj({"person": Ref}), "201"))
paths = {
    "/session": {"get": op("Whether this browser is logged in; its CSRF token", tag="auth",
                           resp=ok(obj({"authenticated": B, "csrf": S, "password": B})))},
    "/login": {"post": op("Log in with the password (kith passwd); sets the session cookie",
                          req=body({"password": S}, ["password"]), tag="auth")},
    "/logout": {"post": op("End this session", tag="auth")},
    "/people": {
        "get": op("People, one page at a time", [
            p("q", desc="full-text search"), p("tag"),
            p("circle", schema={"type": "string",
                                "enum": ["inner", "close", "network", "wider", "acquaintance"]}),
            p("drifting", schema=B), p("archived", schema=B),
            p("sort", schema={"type": "string",
                              "enum": ["name", "last_contact", "strength", "relevance"]}),
            p("limit", schema=I, desc="1..1000, default 50"),
            p("cursor", desc="next_cursor of the previous page")],
            resp=ok(obj({"items": {"type": "array", "items": ref("PersonRow")}, "total": I,
                         "next_cursor": {"type": "string", "nullable": True}}))),
        "post": op("Capture a person from one line (the `kith meet` grammar); dry_run previews",
                   req=body({"capture": S, "dry_run": B}, ["capture"]),
                   resp=ok(obj({"id": I}), "201", "created (200 for a dry run)")),
    },
    "/people/{id}": {
        "get": op("The person brief, tie and strength history", [ID], resp=ok(ref("Person"))),
        "patch": op("Change name, company, title, location or how you met ('' clears)", [ID],
                    body({k: S for k in ["name", "company", "title", "location", "met_where",
                                         "met_how", "met_via", "met_on"]}),
                    ok(ref("Person"))),
    },
    "/people/{id}/archive": {"post": op("Archive (keeps history)", [ID])},
    "/people/{id}/unarchive": {"post": op("Restore from the archive", [ID])},
    "/people/{id}/facts": {"post": detail("a fact", {"kind": S, "text": S}, ["text"])},
    "/people/{id}/notes": {"post": detail("a note", {"body": S}, ["body"])},
    "/people/{id}/needs": {"post": detail("a need", {"text": S}, ["text"])},
    "/people/{id}/offers": {"post": detail("an offer", {"text": S}, ["text"])},
    "/people/{id}/dates": {"post": detail("an important date", {"kind": S, "date": S},
                                          ["kind", "date"])},
    "/people/{id}/contacts": {"post": detail("a contact point", {"kind": S, "value": S,
                                                                "label": S}, ["kind", "value"])},
    "/people/{id}/tags": {"post": detail("tags", {"tags": {"type": "array", "items": S}},
                                         ["tags"])},
    "/people/{id}/interactions": {
        "get": op("Interactions, newest first", [ID, p("limit", schema=I)],
                  resp=ok(obj({"person": Ref,
                               "items": {"type": "array", "items": ref("Interaction")}}))),
        "post": op("Log an interaction", [ID],
                   body({"kind": S, "when": S, "direction": S, "note": S,
                         "with": {"type": "array", "items": {}}}),
                   ok(ref("Interaction"), "201")),
    },
    "/people/{id}/tie": {"get": op("Why the tie is as strong as it is", [ID], tag="keep in touch")},
    "/people/{id}/circle": {"put": op("Set the circle ('auto' infers it)", [ID],
                                      body({"value": S}, ["value"]), tag="keep in touch")},
    "/people/{id}/cadence": {"put": op("Set the cadence ('21d', '3w', 'auto')", [ID],
                                       body({"value": S}, ["value"]), tag="keep in touch")},
    "/today": {"get": op("The reconnect queue, each with a reason and an opener",
                         [p("n", schema=I)], tag="keep in touch",
                         resp=ok(obj({"date": S, "items": {"type": "array",
                                                           "items": ref("TodayEntry")}})))},
    "/today/{id}/done": {"post": op("You reached out: logs a message now", [ID],
                                    body({"note": S}), tag="keep in touch")},
    "/today/{id}/snooze": {"post": op("Keep out of the queue for days (0 lifts)", [ID],
                                      body({"days": I}), tag="keep in touch")},
    "/upcoming": {"get": op("Dates and due ties in the next days", [p("days", schema=I)],
                            tag="keep in touch")},
    "/stats": {"get": op("Network summary", tag="network")},
    "/search": {"get": op("Full-text search with snippets", [p("q", required=True),
                                                             p("limit", schema=I)],
                          tag="network")},
    "/network": {"get": op("Strongest ties, who knows whom among them, health per circle",
                           [p("nodes", schema=I)], tag="network")},
    "/paths": {"get": op("Warm paths to a person or company", [p("to"), p("company")],
                         tag="network")},
    "/dupes": {"get": op("Likely duplicate people with reasons", [p("limit", schema=I)],
                         tag="network")},
    "/knows": {"post": op("Record that two people know each other (kith knows)",
                          req=body({"a": {}, "b": {}, "how": S, "strength": N}, ["a", "b"]),
                          resp=ok(obj({"a": Ref, "b": Ref, "new": B})), tag="network")},
    "/merges": {
        "get": op("Merges, newest first", [p("limit", schema=I)],
                  resp=ok(obj({"items": {"type": "array", "items": ref("Merge")}})),
                  tag="network"),
        "post": op("Merge OTHER into KEEP (dry_run reports without writing)",
                   req=body({"keep": {}, "other": {}, "dry_run": B}, ["keep", "other"]),
                   resp=ok(ref("MergeSummary"), "201", "merged (200 for a dry run)"),
                   tag="network"),
    },
    "/merges/{id}/undo": {"post": op("Undo a merge (kith unmerge)", [p("id", "path", I, "merge id")],
                                     resp=ok(ref("Merge")), tag="network")},
    "/events": {
        "get": op("Events, newest first", [p("q", desc="part of the name"), p("limit", schema=I)],
                  resp=ok(obj({"items": {"type": "array", "items": ref("Event")}})), tag="events"),
        "post": op("Add an event", req=body({"name": S, "date": S, "place": S}, ["name", "date"]),
                   resp=ok(ref("Event"), "201"), tag="events"),
    },
    "/events/{id}/met": {"post": op("Who you met there (each logged as an event interaction)",
                                    [p("id", "path", I, "event id")],
                                    body({"people": {"type": "array", "items": {}}}, ["people"]),
                                    ok(obj({"event": ref("Event"),
                                            "added": {"type": "array", "items": Ref},
                                            "already": {"type": "array", "items": Ref}})),
                                    tag="events")},
    "/followups": {"get": op("People met at recent events not written to since (48 h window)",
                             [p("days", schema=I)], tag="events",
                             resp=ok(obj({"window_hours": I, "items": {"type": "array", "items": obj({
                                 "person": Ref, "event": ref("Event"), "due_at": S,
                                 "hours_left": I, "overdue": B})}})))},
    "/groups": {"get": op("Groups and their members", [p("name")], tag="events",
                          resp=ok(obj({"items": {"type": "array", "items": obj({
                              "id": I, "name": S, "members": {"type": "array", "items": Ref}})}})))},
    "/groups/join": {"post": op("Add people to a group (made if new)",
                                req=body({"group": S, "people": {"type": "array", "items": {}}},
                                         ["group", "people"]), tag="events",
                                resp=ok(obj({"group": S, "added": {"type": "array", "items": Ref},
                                             "already": {"type": "array", "items": Ref}})))},
    "/opportunities": {
        "get": op("Opportunities, most recently changed first", [p("status")],
                  resp=ok(obj({"items": {"type": "array", "items": ref("Opportunity")}})),
                  tag="events"),
        "post": op("Track an opportunity with people",
                   req=body({"title": S, "kind": S, "status": S,
                             "with": {"type": "array", "items": {}}}, ["title"]),
                   resp=ok(ref("Opportunity"), "201"), tag="events"),
    },
    "/opportunities/{id}/status": {"put": op("Change where one stands (open, won, lost, closed)",
                                             [p("id", "path", I, "opportunity id")],
                                             body({"value": S}, ["value"]),
                                             ok(ref("Opportunity")), tag="events")},
    "/export/{format}": {"get": op("Download your data", [p("format", "path", {
        "type": "string", "enum": ["vcard", "csv", "ics", "json"]})], tag="files",
        resp={"200": {"description": "the file"}})},
    "/imports": {"post": op("Upload a file to import (the body is the file)", [
        p("filename"), p("format"), p("dry_run", schema=B), p("me", desc="your mail address")],
        {"required": True, "content": {"application/octet-stream": {"schema": {
            "type": "string", "format": "binary"}}}},
        ok(ref("ImportJob"), "202"), tag="files")},
    "/imports/{job}": {"get": op("An import's progress and summary",
                                 [p("job", "path", I)], resp=ok(ref("ImportJob")), tag="files")},
    "/me": {
        "get": op("Your profile: name, offers, needs, skills (404 before you make one)",
                  resp=ok(ref("Me")), tag="connect"),
        "patch": op("Set your name; add an offer, a need or a skill (creates the profile)",
                    req=body({"name": S, "offer": S, "need": S, "skill": S}),
                    resp=ok(ref("Me")), tag="connect"),
    },
    "/ask": {"get": op("Who could answer a question: relevance × reach, second degree too",
                       [p("q", required=True), p("limit", schema=I)],
                       resp=ok(obj({"items": {"type": "array", "items": ref("AskAnswer")}})),
                       tag="connect")},
    "/help-out": {"get": op("Open needs you or another contact can meet, with drafts",
                            [p("limit", schema=I)], tag="connect")},
    "/intros/suggestions": {"get": op("Who to introduce to whom, with the reason",
                                      [p("limit", schema=I)],
                                      resp=ok(obj({"items": {"type": "array",
                                                             "items": ref("IntroIdea")}})),
                                      tag="connect")},
    "/intros": {
        "get": op("Introductions in progress, each with its next step and draft",
                  resp=ok(obj({"items": {"type": "array", "items": ref("Intro")}})),
                  tag="connect"),
        "post": op("Start a double opt-in introduction: asks a first",
                   req=body({"a": {}, "b": {}, "why": S}, ["a", "b"]),
                   resp=ok(ref("Intro"), "201"), tag="connect"),
    },
    "/intros/{id}/step": {"post": op("Move an introduction on", [p("id", "path", I, "intro id")],
                                     body({"step": {"type": "string", "enum": [
                                         "accepted", "declined", "introduced", "outcome"]},
                                           "text": S}, ["step"]),
                                     ok(ref("Intro")), tag="connect")},
    "/demo": {"post": op("Switch this session to the demo network or back", req=body({"on": B}),
                         tag="auth")},
}

doc = {
    "openapi": "3.0.3",
    "info": {"title": "kith", "version": "1",
             "description": "kith's REST API. Log in at /login?token=... (printed by kith "
                            "serve) or POST /login; send X-CSRF-Token (from GET /session) on "
                            "every state-changing request. Errors are "
                            "{\"error\": {\"code\", \"message\"}}."},
    "servers": [{"url": "/api/v1"}],
    "components": {"schemas": schemas,
                   "securitySchemes": {"session": {"type": "apiKey", "in": "cookie",
                                                   "name": "kith_session"}}},
    "security": [{"session": []}],
    "paths": paths,
}
print(json.dumps(doc, indent=1, sort_keys=False))
