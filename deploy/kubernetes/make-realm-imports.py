#!/usr/bin/env python3
"""Writes the KeycloakRealmImport of each overlay from keycloak/realm-sakip.json (run after changing the realm).

local:      the realm as it is, demo users and demo client secrets included.
production: no people (they are created in Keycloak or come from the ministry's directory; the service
            accounts stay) and no client secrets (Keycloak generates them; copy each into the
            sakip-oidc-clients Secret, see README.md).
"""
import copy
import json
import pathlib

here = pathlib.Path(__file__).resolve().parent
realm = json.loads((here.parents[1] / "keycloak" / "realm-sakip.json").read_text(encoding="utf-8"))


def write(overlay, r):
    doc = {
        "apiVersion": "k8s.keycloak.org/v2alpha1",
        "kind": "KeycloakRealmImport",
        "metadata": {"name": "sakip-realm"},
        "spec": {"keycloakCRName": "sakip-keycloak", "realm": r},
    }
    out = here / "overlays" / overlay / "realm-import.yaml"
    header = "# Made by ../../make-realm-imports.py from keycloak/realm-sakip.json: change the realm there.\n"
    out.write_text(header + json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


write("local", realm)
prod = copy.deepcopy(realm)
prod["users"] = [u for u in prod.get("users", []) if u["username"].startswith("service-account-")]
prod["sslRequired"] = "external"
for client in prod.get("clients", []):
    client.pop("secret", None)
    if "redirectUris" in client:
        client["redirectUris"] = ["https://api.sakip.example/*"]
write("production", prod)
