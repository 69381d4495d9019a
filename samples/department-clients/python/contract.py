"""The platform's published message contract (AsyncAPI 3.0 at /docs/asyncapi.json) and a small validator.

Standard library only: it checks the JSON Schema keywords the contract uses (type, required, properties,
items, enum, format, pattern, allOf) and ignores fields it does not know, as V1 receivers must.
"""
import json
import re
import urllib.request
import uuid
from datetime import datetime


def load_contract(gateway):
    with urllib.request.urlopen(gateway.rstrip("/") + "/docs/asyncapi.json", timeout=30) as response:
        return json.load(response)


def received_schema(document, message_name):
    """The schema of one message as it arrives, with every local $ref replaced by what it points to."""
    def find(pointer):
        node = document
        for segment in pointer[2:].split("/"):
            node = node[segment.replace("~1", "/").replace("~0", "~")]
        return node

    def resolve(node):
        if isinstance(node, dict):
            if set(node) == {"$ref"}:
                return resolve(find(node["$ref"]))
            return {key: resolve(value) for key, value in node.items()}
        if isinstance(node, list):
            return [resolve(item) for item in node]
        return node

    return resolve(document["components"]["messages"][message_name]["payload"])


_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "null": lambda v: v is None,
}


def _format_ok(fmt, value):
    try:
        if fmt == "uuid":
            uuid.UUID(value)
        elif fmt == "date-time":
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        return True
    except ValueError:
        return False


def validate(schema, value, path="$"):
    """Returns a list of problems, empty when the value keeps the schema."""
    problems = []
    for part in schema.get("allOf", []):
        problems += validate(part, value, path)
    types = schema.get("type")
    if types is not None:
        types = types if isinstance(types, list) else [types]
        if not any(_TYPES[t](value) for t in types):
            return problems + [f"{path}: expected {'/'.join(types)}, got {json.dumps(value, ensure_ascii=False)[:60]}"]
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{path}: {value!r} is not one of {schema['enum']}")
    if isinstance(value, str):
        if "format" in schema and not _format_ok(schema["format"], value):
            problems.append(f"{path}: {value!r} is not a {schema['format']}")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            problems.append(f"{path}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                problems.append(f"{path}.{name}: required but missing")
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                problems += validate(sub, value[name], f"{path}.{name}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            problems += validate(schema["items"], item, f"{path}[{index}]")
    return problems
