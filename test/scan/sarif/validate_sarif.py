#!/usr/bin/env python3
"""Validate SARIF 2.1.0 logs offline, as ndis-scan writes them.

Usage:
  validate_sarif.py [--schema FILE] LOG.sarif...

Each log is checked in two steps:

1. against sarif-2.1.0.schema.json (next to this script): our own JSON
   Schema (draft-07) transcription of the SARIF 2.1.0 constraints on the
   object types ndis-scan writes, which rejects misspelt properties;
2. if the schema is satisfied, for what a schema cannot say:
   - a result's ruleIndex points at tool.driver.rules[ruleIndex], whose id
     is the result's ruleId (or its first component, for "id/sub");
   - an artifactLocation's index is in run.artifacts, and its uri is that
     artifact's; every uriBaseId is defined in run.originalUriBaseIds, whose
     uris end with '/';
   - a rule's relationship and tool.driver.supportedTaxonomies point into
     run.taxonomies, at a taxon with the target's id;
   - every code flow's thread flow has at least 2 steps (a path, not a
     point);
   - a region does not end before it starts;
   - location ids are unique within a result.

Problems are printed one per line as `path: message`, the path in the log
written like runs[0].results[2].level, after a line naming the log.

Exit status 0 when every log is valid, 1 when one is not, 2 on bad usage (a
missing file, no jsonschema module). Needs the Python package jsonschema
(Debian: python3-jsonschema), any 4.x release; URI formats are checked by
this script itself, so the result does not depend on optional jsonschema
extras.
"""

import argparse
import json
import os
import re
import sys

DEFAULT_SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                              "sarif-2.1.0.schema.json")

# Longer messages (jsonschema quotes whole instances) are cut here.
MAX_MESSAGE = 300

# ---------------------------------------------------------------------------
# URI formats (RFC 3986), checked here rather than by jsonschema's optional
# format packages, which may or may not be installed.
# ---------------------------------------------------------------------------

_URI_REFERENCE = re.compile(r"^(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def is_uri_reference(value):
    return not isinstance(value, str) or bool(_URI_REFERENCE.match(value))


def is_uri(value):
    return not isinstance(value, str) or (is_uri_reference(value) and bool(_SCHEME.match(value)))


def format_checker(jsonschema):
    checker = jsonschema.FormatChecker(formats=())
    checker.checks("uri")(is_uri)
    checker.checks("uri-reference")(is_uri_reference)
    return checker


# ---------------------------------------------------------------------------
# Reporting
# ---------------------------------------------------------------------------

def format_path(parts):
    """['runs', 0, 'results'] -> 'runs[0].results'."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += "[%d]" % part
        else:
            text += ("." if text else "") + str(part)
    return text or "(root)"


def problem(parts, message):
    if len(message) > MAX_MESSAGE:
        message = message[:MAX_MESSAGE] + "..."
    return "%s: %s" % (format_path(parts), message)


# ---------------------------------------------------------------------------
# Step 1: the schema
# ---------------------------------------------------------------------------

def schema_message(error):
    """The error's message; for anyOf/oneOf, the alternatives that failed
    (jsonschema's own message only quotes the instance)."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        reasons = sorted({sub.message for sub in error.context if not sub.path})
        if reasons:
            return "needs one of: " + "; ".join(reasons)
    return error.message


def schema_problems(validator, log):
    errors = sorted(validator.iter_errors(log),
                    key=lambda e: ([str(p) for p in e.absolute_path], e.message))
    return [problem(list(e.absolute_path), schema_message(e)) for e in errors]


# ---------------------------------------------------------------------------
# Step 2: what the schema cannot check (the log has the schema's shape)
# ---------------------------------------------------------------------------

def iter_objects(node, path):
    """Every JSON object in node, with its path and the key it is under."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, dict):
                yield path + [key], key, value
            yield from iter_objects(value, path + [key])
    elif isinstance(node, list):
        for index, value in enumerate(node):
            if isinstance(value, dict):
                yield path + [index], None, value
            yield from iter_objects(value, path + [index])


def rule_index_problems(run, path):
    rules = run["tool"]["driver"].get("rules", [])
    problems = []
    for r, result in enumerate(run.get("results", [])):
        index = result.get("ruleIndex", -1)
        rule_id = result.get("ruleId")
        where = path + ["results", r, "ruleIndex"]
        if index == -1:
            continue
        if index >= len(rules):
            problems.append(problem(where, "%d is not an index of tool.driver.rules, which has %d"
                                    % (index, len(rules))))
        elif rule_id is not None and rule_id.split("/")[0] != rules[index]["id"]:
            problems.append(problem(where, "%d is rule '%s', not the result's ruleId '%s'"
                                    % (index, rules[index]["id"], rule_id)))
    return problems


def taxonomy_reference_problems(reference, taxonomies, where):
    """A toolComponentReference that must name one of run.taxonomies."""
    index = reference.get("index", -1)
    if index == -1:
        return [], None
    if index >= len(taxonomies):
        return [problem(where + ["index"], "%d is not an index of run.taxonomies, which has %d"
                        % (index, len(taxonomies)))], None
    taxonomy = taxonomies[index]
    if "name" in reference and reference["name"] != taxonomy["name"]:
        return [problem(where + ["name"], "'%s' is not the name of run.taxonomies[%d] ('%s')"
                        % (reference["name"], index, taxonomy["name"]))], None
    return [], taxonomy


def relationship_problems(run, path):
    driver = run["tool"]["driver"]
    taxonomies = run.get("taxonomies", [])
    driver_path = path + ["tool", "driver"]
    problems = []
    for s, reference in enumerate(driver.get("supportedTaxonomies", [])):
        problems += taxonomy_reference_problems(
            reference, taxonomies, driver_path + ["supportedTaxonomies", s])[0]
    for r, rule in enumerate(driver.get("rules", [])):
        for k, relationship in enumerate(rule.get("relationships", [])):
            target = relationship["target"]
            where = driver_path + ["rules", r, "relationships", k, "target"]
            if "toolComponent" not in target:
                continue  # A relationship between two of the driver's rules.
            found, taxonomy = taxonomy_reference_problems(
                target["toolComponent"], taxonomies, where + ["toolComponent"])
            problems += found
            index = target.get("index", -1)
            if taxonomy is None or index == -1:
                continue
            taxa = taxonomy.get("taxa", [])
            if index >= len(taxa):
                problems.append(problem(where + ["index"], "%d is not an index of the taxa of '%s', which has %d"
                                        % (index, taxonomy["name"], len(taxa))))
            elif "id" in target and taxa[index]["id"] != target["id"]:
                problems.append(problem(where + ["id"], "'%s' is not the id of taxon %d of '%s' ('%s')"
                                        % (target["id"], index, taxonomy["name"], taxa[index]["id"])))
    return problems


def uri_base_problems(location, base_ids, where):
    base = location.get("uriBaseId")
    if base is not None and base not in base_ids:
        return [problem(where + ["uriBaseId"], "'%s' is not defined in run.originalUriBaseIds" % base)]
    return []


def artifact_location_problems(run, path):
    artifacts = run.get("artifacts", [])
    base_ids = run.get("originalUriBaseIds", {})
    problems = []
    for name, base in sorted(base_ids.items()):
        if "uri" in base and not base["uri"].endswith("/"):
            problems.append(problem(path + ["originalUriBaseIds", name, "uri"],
                                    "'%s' does not end with '/'" % base["uri"]))
    for a, artifact in enumerate(artifacts):
        location = artifact.get("location", {})
        where = path + ["artifacts", a, "location"]
        problems += uri_base_problems(location, base_ids, where)
        if location.get("index", a) != a:
            problems.append(problem(where + ["index"], "%d is not this artifact's index (%d)"
                                    % (location["index"], a)))
    for where, key, location in iter_objects(run, path):
        if key not in ("artifactLocation", "analysisTarget"):
            continue
        problems += uri_base_problems(location, base_ids, where)
        index = location.get("index", -1)
        if index == -1:
            continue
        if index >= len(artifacts):
            problems.append(problem(where + ["index"], "%d is not an index of run.artifacts, which has %d"
                                    % (index, len(artifacts))))
            continue
        listed = artifacts[index].get("location", {})
        if "uri" in location and "uri" in listed and describe_uri(location) != describe_uri(listed):
            problems.append(problem(where, "names %s, but run.artifacts[%d] is %s"
                                    % (describe_uri(location), index, describe_uri(listed))))
    return problems


def describe_uri(location):
    """'drivers/x.c' under SRCROOT, or 'file:///x.c'."""
    if "uriBaseId" in location:
        return "'%s' under %s" % (location["uri"], location["uriBaseId"])
    return "'%s'" % location["uri"]


def code_flow_problems(run, path):
    problems = []
    for r, result in enumerate(run.get("results", [])):
        for c, flow in enumerate(result.get("codeFlows", [])):
            for t, thread in enumerate(flow["threadFlows"]):
                steps = len(thread["locations"])
                if steps < 2:
                    problems.append(problem(
                        path + ["results", r, "codeFlows", c, "threadFlows", t, "locations"],
                        "a code flow is a path of at least 2 locations; this one has %d" % steps))
    return problems


def location_id_problems(run, path):
    problems = []
    for r, result in enumerate(run.get("results", [])):
        seen = {}
        for key in ("locations", "relatedLocations"):
            for l, location in enumerate(result.get(key, [])):
                if location.get("id", -1) == -1:
                    continue
                where = path + ["results", r, key, l, "id"]
                if location["id"] in seen:
                    problems.append(problem(where, "%d is also the id of %s"
                                            % (location["id"], format_path(seen[location["id"]]))))
                else:
                    seen[location["id"]] = where[:-1]
    return problems


def region_order_problem(region):
    start_line = region.get("startLine")
    if start_line is None:
        return None  # Given by offsets, which cannot be out of order.
    end_line = region.get("endLine", start_line)
    if end_line < start_line:
        return "ends on line %d, before its start line %d" % (end_line, start_line)
    start_column = region.get("startColumn", 1)
    if end_line == start_line and region.get("endColumn", start_column) < start_column:
        return "ends at column %d, before its start column %d (line %d)" % (
            region["endColumn"], start_column, start_line)
    return None


def region_problems(run, path):
    problems = []
    for where, key, region in iter_objects(run, path):
        if key in ("region", "contextRegion", "deletedRegion"):
            message = region_order_problem(region)
            if message:
                problems.append(problem(where, message))
    return problems


def semantic_problems(log):
    problems = []
    for r, run in enumerate(log["runs"]):
        path = ["runs", r]
        for check in (rule_index_problems, relationship_problems, artifact_location_problems,
                      code_flow_problems, location_id_problems, region_problems):
            problems += check(run, path)
    return problems


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------

def validate(path, validator):
    """The problems of the log at path, as printable lines."""
    try:
        with open(path, encoding="utf-8") as f:
            log = json.load(f)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return [problem([], "not a JSON file: %s" % error)]
    problems = schema_problems(validator, log)
    return problems or semantic_problems(log)


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Validate SARIF 2.1.0 logs against ndis-tidy's schema and index rules.")
    parser.add_argument("--schema", default=DEFAULT_SCHEMA,
                        help="the JSON Schema (default: %(default)s)")
    parser.add_argument("logs", nargs="+", metavar="LOG", help="a SARIF log")
    args = parser.parse_args(argv)

    try:
        import jsonschema
    except ImportError:
        print("validate_sarif.py: needs the Python package jsonschema "
              "(Debian: apt-get install python3-jsonschema)", file=sys.stderr)
        return 2
    try:
        with open(args.schema, encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft7Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as error:
        print("validate_sarif.py: bad schema %s: %s" % (args.schema, error), file=sys.stderr)
        return 2
    validator = jsonschema.Draft7Validator(schema, format_checker=format_checker(jsonschema))

    status = 0
    for path in args.logs:
        if not os.path.isfile(path):
            print("validate_sarif.py: no such file: %s" % path, file=sys.stderr)
            return 2
        problems = validate(path, validator)
        if problems:
            print("%s: invalid SARIF 2.1.0 (%d problem%s)"
                  % (path, len(problems), "" if len(problems) == 1 else "s"))
            for line in problems:
                print(line)
            status = 1
        else:
            print("%s: valid SARIF 2.1.0" % path)
    return status


if __name__ == "__main__":
    sys.exit(main())
