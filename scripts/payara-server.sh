#!/usr/bin/env bash
# The portal on Payara Server 6: the asadmin commands of README ("Deploying", Payara Server) in one place, run by
# administrators and by portal-it's PayaraServerDeploymentIT alike. Every command talks to a running domain
# (asadmin start-domain); asadmin's own environment variables choose which and how: AS_ADMIN_HOST,
# AS_ADMIN_PORT (4848), AS_ADMIN_USER, AS_ADMIN_PASSWORDFILE. asadmin must be on the PATH.
#
#   scripts/payara-server.sh configure FILE   sets each portal.* key of a properties file (key=value lines) as a
#                                             MicroProfile Config property of the domain; keys ending in
#                                             "password" or "signing-key" become password aliases instead
#   scripts/payara-server.sh memory SIZE      sets the server's heap (-Xmx768m…); takes effect at restart-domain
#   scripts/payara-server.sh deploy WAR       deploys the WAR at / as the application "portal", replacing the
#                                             one deployed before (a new version, or one with a module removed);
#                                             members signed in stay signed in
#   scripts/payara-server.sh undeploy         removes the application "portal" (its tables stay)
set -euo pipefail

app=portal

fail() { printf 'payara-server.sh: %s\n' "$*" >&2; exit 1; }

command -v asadmin >/dev/null 2>&1 || fail "asadmin not found: add Payara Server's bin folder to the PATH"

# Compression and resource caching are the WAR's own (README, "Deploying"): nothing to set on the domain for them.
#
# Secrets never appear on a command line (ps, shell history): asadmin reads them from a password file, where the
# administrator's own password file (AS_ADMIN_PASSWORDFILE), if any, is copied too.
set_secret() { # key value
    local file status=0
    file=$(mktemp)
    chmod 600 "$file"
    if [ -n "${AS_ADMIN_PASSWORDFILE:-}" ]; then
        grep -v '^AS_ADMIN_ALIASPASSWORD=' "$AS_ADMIN_PASSWORDFILE" >> "$file" || true
    fi
    printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$2" >> "$file"
    if asadmin list-password-aliases | grep -qxF "$1"; then
        asadmin --passwordfile "$file" update-password-alias "$1" || status=$?
    else
        asadmin --passwordfile "$file" create-password-alias "$1" || status=$?
    fi
    rm -f "$file"
    return $status
}

configure() { # file
    [ -f "$1" ] || fail "$1 not found"
    local line key value count=0
    while IFS= read -r line || [ -n "$line" ]; do
        line=${line%$'\r'}
        [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
        [[ "$line" == *=* ]] || fail "not a key=value line: $line"
        key=${line%%=*}
        value=${line#*=}
        key=${key//[[:space:]]/}
        value=${value#"${value%%[![:space:]]*}"}
        [[ "$key" == portal.* ]] || fail "not a portal key: $key"
        case "$key" in
            *password | *signing-key) set_secret "$key" "$value" ;;
            *) asadmin set-config-property --source=domain --propertyname="$key" --propertyvalue="$value" ;;
        esac
        count=$((count + 1))
    done < "$1"
    printf 'payara-server.sh: %d key(s) set; the portal reads them at its next deployment or restart\n' "$count"
}

memory() { # size
    [[ "$1" =~ ^[0-9]+[mMgG]$ ]] || fail "a heap size such as 768m or 1g expected"
    local option
    # The domain's current -Xmx (512m in a new domain) goes first: two would leave the JVM to pick one.
    for option in $(asadmin list-jvm-options | grep -E '^-Xmx[0-9]+[mMgGkK]?$' || true); do
        asadmin delete-jvm-options "$option"
    done
    asadmin create-jvm-options "-Xmx$1"
}

case "${1:-}" in
    configure)
        [ $# -eq 2 ] || fail "usage: $0 configure FILE"
        configure "$2"
        ;;
    memory)
        [ $# -eq 2 ] || fail "usage: $0 memory SIZE"
        memory "$2"
        ;;
    deploy)
        [ $# -eq 2 ] || fail "usage: $0 deploy WAR"
        [ -f "$2" ] || fail "$2 not found"
        # --name keeps one application whatever the WAR's file name; --force replaces it in place; --keepstate
        # carries the sessions over, so members stay signed in (Payara drops them all, with a warning, when one
        # holds a class the new WAR no longer has: a removed module's).
        asadmin deploy --force=true --keepstate=true --name "$app" --contextroot / "$2"
        ;;
    undeploy)
        asadmin undeploy "$app"
        ;;
    *)
        sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
