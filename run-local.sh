#!/usr/bin/env bash
# Runs the whole SAKIP backend on this machine without Docker: embedded PostgreSQL, Keycloak
# (realm "sakip"), indicators-service, budget-service, reporting-service and the gateway; loads
# the demo data and prints the URLs and demo logins. Ctrl-C stops everything.
#
# Needs only Java 17+: the Maven wrapper fetches Maven, the build fetches Keycloak and PostgreSQL.
# Builds the project first if any of the jars is missing (after changing code, rebuild with
# ./mvnw -B install -DskipTests). Options go to the launcher: ./run-local.sh --help
set -euo pipefail

cd "$(dirname "$0")"

if ! command -v java >/dev/null 2>&1; then
    echo "run-local.sh: Java 17 or newer is needed (java is not on the PATH)" >&2
    exit 1
fi
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [[ -z "$java_major" || "${java_major%%.*}" -lt 17 ]]; then
    echo "run-local.sh: Java 17 or newer is needed (found ${java_major:-an unknown version})" >&2
    exit 1
fi

jars=(
    local-stack/target/local-stack.jar
    indicators-service/target/quarkus-app/quarkus-run.jar
    budget-service/target/quarkus-app/quarkus-run.jar
    reporting-service/target/quarkus-app/quarkus-run.jar
    gateway/target/quarkus-app/quarkus-run.jar
)
for jar in "${jars[@]}"; do
    if [[ ! -f "$jar" ]]; then
        echo "run-local.sh: $jar is missing; building the project (./mvnw -B -q install -DskipTests)..."
        echo "run-local.sh: the first build downloads Maven, the dependencies and Keycloak: a few minutes"
        ./mvnw -B -q install -DskipTests
        break
    fi
done

exec java -jar local-stack/target/local-stack.jar "$@"
