#!/usr/bin/env bash
# A local cluster of the portal on 127.0.0.1, the shape of a production scale-out on one machine: one PostgreSQL
# (embedded, in a process of its own), N Payara Micro instances forming a Hazelcast cluster that replicates the
# HTTP sessions, and nginx in front balancing every request round-robin WITHOUT sticky sessions — so that any
# request may land on any instance and a killed instance is a non-event for the members signed in.
#
#   scripts/cluster.sh start        start PostgreSQL + demo mailbox, the instances, then nginx
#   scripts/cluster.sh status       what runs, and each instance's readiness
#   scripts/cluster.sh kill N       kill instance N with SIGKILL (a crash, not a shutdown)
#   scripts/cluster.sh restart N    start instance N again (after kill), it rejoins the cluster
#   scripts/cluster.sh stop         stop everything (data stays in the run folder)
#
# Build first: mvn -q -B install -DskipTests. Then http://127.0.0.1:8080/ (the demo logins of the README) and the
# demo mailbox at http://127.0.0.1:8025/. docs/cluster.md explains the set-up and the production equivalent.
#
# Settings (environment variables, all optional):
#   PORTAL_INSTANCES (2)             number of Payara Micro instances
#   PORTAL_PORT (8080)               nginx's port, the portal's address
#   PORTAL_INSTANCE_PORT (8081)      HTTP port of instance 1; instance N listens on PORTAL_INSTANCE_PORT + N - 1
#   PORTAL_HAZELCAST_PORT (6950)     Hazelcast port of instance 1, likewise
#   PORTAL_DB_PORT (15433)           embedded PostgreSQL's port
#   PORTAL_CLUSTER_NAME (portal-local)  Hazelcast cluster name: instances of another name never join
#   PORTAL_CLUSTER_DIR (.portal-data/cluster)  run folder: PostgreSQL data, logs, pid files, nginx.conf
#   PORTAL_WAR (portal-launcher/target/portal.war)
#   PORTAL_JAVA_OPTS (-Xmx512m)      JVM options of each instance
#   PORTAL_TRUSTED_PROXIES (127.0.0.1)  portal.security.trusted-proxies: the local nginx, whose X-Forwarded-For is believed
#   PORTAL_MAIL_HOST, PORTAL_MAIL_PORT  a real SMTP server instead of the demo mailbox (PORTAL_DEMO_SMTP_PORT 2525,
#                                    PORTAL_MAILBOX_PORT 8025)
#   PORTAL_PARALLEL_START (false)    start the instances together, as a deployment group does, instead of one after
#                                    the other
# Any other portal.* key given as an environment variable (PORTAL_MODULES_REFRESH_SECONDS=2) reaches every instance.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dir=${PORTAL_CLUSTER_DIR:-$root/.portal-data/cluster}
instances=${PORTAL_INSTANCES:-2}
port=${PORTAL_PORT:-8080}
first_http=${PORTAL_INSTANCE_PORT:-8081}
first_hz=${PORTAL_HAZELCAST_PORT:-6950}
db_port=${PORTAL_DB_PORT:-15433}
cluster_name=${PORTAL_CLUSTER_NAME:-portal-local}
war=${PORTAL_WAR:-$root/portal-launcher/target/portal.war}
launcher=$root/portal-launcher/target/portal-launcher.jar
micro=${PAYARA_MICRO_JAR:-$root/portal-launcher/target/lib/payara-micro.jar}
java_opts=${PORTAL_JAVA_OPTS:--Xmx512m}
smtp_port=${PORTAL_DEMO_SMTP_PORT:-2525}
mail_host=${PORTAL_MAIL_HOST:-localhost}
mail_port=${PORTAL_MAIL_PORT:-$smtp_port}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

say() { printf '%s\n' "$*"; }
fail() { printf 'cluster.sh: %s\n' "$*" >&2; exit 1; }

http_port() { echo $((first_http + $1 - 1)); }
hz_port() { echo $((first_hz + $1 - 1)); }

pid_of() { # name -> pid of a live process, or nothing
    local file=$dir/$1.pid
    [ -f "$file" ] || return 0
    local pid
    pid=$(cat "$file")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then echo "$pid"; fi
}

# HTTP status of a GET on 127.0.0.1 (000 when nothing answers), without curl: not every machine has it.
http_status() { # port path
    timeout 5 bash -c '
        exec 3<>"/dev/tcp/127.0.0.1/$0" || exit 1
        printf "GET %s HTTP/1.0\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n" "$1" "$0" >&3
        read -r _ status _ <&3 && echo "$status"' "$1" "$2" 2>/dev/null || echo 000
}

await_ready() { # name port seconds
    local name=$1 http=$2 deadline=$((SECONDS + $3))
    while [ "$(http_status "$http" /health/ready)" != 200 ]; do
        if [ -z "$(pid_of "$name")" ]; then
            tail -n 40 "$dir/$name.log" >&2
            fail "$name stopped while starting (log: $dir/$name.log)"
        fi
        [ $SECONDS -lt "$deadline" ] || fail "$name not ready after $3 s (log: $dir/$name.log)"
        sleep 1
    done
}

start_services() {
    [ -z "$(pid_of services)" ] || { say "shared services already running"; return; }
    [ -f "$launcher" ] || fail "$launcher not found: build first (mvn -q -B install -DskipTests)"
    : > "$dir/services.log"
    PORTAL_DATA_DIR=$dir PORTAL_DB_PORT=$db_port PORTAL_DEMO_SMTP_PORT=$smtp_port \
        setsid nohup "$java" -Xmx256m -cp "$launcher" org.mutualportal.launcher.SharedServices \
        > "$dir/services.log" 2>&1 < /dev/null &
    echo $! > "$dir/services.pid"
    local deadline=$((SECONDS + 120))
    until grep -q "Shared services ready" "$dir/services.log"; do
        [ -n "$(pid_of services)" ] || { cat "$dir/services.log" >&2; fail "shared services did not start"; }
        [ $SECONDS -lt "$deadline" ] || fail "shared services not ready after 120 s (log: $dir/services.log)"
        sleep 0.5
    done
    say "PostgreSQL on localhost:$db_port$( [ -n "${PORTAL_MAIL_HOST:-}" ] || echo ", demo mailbox on http://127.0.0.1:${PORTAL_MAILBOX_PORT:-8025}/")"
}

members() {
    local list="" i
    for ((i = 1; i <= instances; i++)); do list+="${list:+,}127.0.0.1:$(hz_port "$i")"; done
    echo "$list"
}

launch_instance() { # n
    local n=$1 name=instance-$1
    [ -z "$(pid_of "$name")" ] || { say "$name already running"; return; }
    [ -f "$war" ] || fail "$war not found: build first (mvn -q -B install -DskipTests)"
    [ -f "$micro" ] || fail "$micro not found: build first (mvn -q -B install -DskipTests)"
    # --nohostaware: every instance is on 127.0.0.1, and host-aware partitioning (Payara's default) would never
    # keep a session's backup on a member of the same address — a killed instance would take its sessions along.
    # shellcheck disable=SC2086
    setsid nohup "$java" $java_opts \
        -Dportal.db.url="jdbc:postgresql://localhost:$db_port/portal" -Dportal.db.user=portal -Dportal.db.password=portal \
        -Dportal.base-url="${PORTAL_BASE_URL:-http://127.0.0.1:$port}" -Dportal.demo-data="${PORTAL_DEMO_DATA:-true}" \
        -Dportal.mail.host="$mail_host" -Dportal.mail.port="$mail_port" \
        -Dportal.security.trusted-proxies="${PORTAL_TRUSTED_PROXIES:-127.0.0.1}" \
        -jar "$micro" --deploy "$war" --contextroot / --port "$(http_port "$n")" --name "$name" \
        --clustername "$cluster_name" --clustermode "tcpip:$(members)" --startport "$(hz_port "$n")" \
        --interfaces 127.0.0.1 --nohostaware --disablephonehome \
        > "$dir/$name.log" 2>&1 < /dev/null &
    echo $! > "$dir/$name.pid"
}

start_instance() { # n
    launch_instance "$1"
    await_ready "instance-$1" "$(http_port "$1")" 300
    say "instance-$1 ready on http://127.0.0.1:$(http_port "$1")/"
}

write_nginx_conf() {
    mkdir -p "$dir/nginx/logs"
    local servers="" i
    for ((i = 1; i <= instances; i++)); do
        servers+="        server 127.0.0.1:$(http_port "$i") max_fails=1 fail_timeout=10s;"$'\n'
    done
    # As root, nginx would run its workers as "nobody", who cannot enter a private run folder: this demo keeps
    # them as the current user. A production nginx runs as its packaged service instead.
    local user_line=""
    [ "$(id -u)" -ne 0 ] || user_line="user root;"
    # Brotli (about 14 % fewer bytes than gzip on the scripts) when Debian's module is installed
    # (apt-get install libnginx-mod-http-brotli-filter); gzip alone otherwise.
    local compressible="text/css text/javascript application/javascript application/json text/xml application/xml image/svg+xml text/plain text/csv"
    local brotli_module="" brotli=""
    if [ -f /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so ]; then
        brotli_module="load_module /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so;"
        brotli="brotli on; brotli_comp_level 6; brotli_types $compressible;"
    fi
    cat > "$dir/nginx/nginx.conf" <<CONF
# Generated by scripts/cluster.sh. See docs/cluster.md for the production version.
$brotli_module
$user_line
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/nginx/logs/error.log warn;
events { worker_connections 512; }
http {
    access_log $dir/nginx/logs/access.log;
    client_body_temp_path $dir/nginx/client_body;
    proxy_temp_path $dir/nginx/proxy;
    fastcgi_temp_path $dir/nginx/fastcgi;
    uwsgi_temp_path $dir/nginx/uwsgi;
    scgi_temp_path $dir/nginx/scgi;
    client_max_body_size 26m;

    # nginx compresses (the instances are asked for plain answers, below): gzip at level 6 as the portal's own
    # filter does, brotli when the module is there; PDFs, images and fonts as they are. The instances send
    # Vary: Accept-Encoding themselves.
    gzip on; gzip_comp_level 6; gzip_proxied any;
    gzip_types $compressible;
    $brotli

    # Round-robin, no ip_hash, no sticky cookie: every request may reach any instance.
    upstream portal {
$servers        keepalive 16;
    }

    server {
        listen 127.0.0.1:$port;

        location / {
            proxy_pass http://portal;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            # Plain answers from the instances: nginx then chooses brotli or gzip for each browser.
            proxy_set_header Accept-Encoding "";
            proxy_connect_timeout 2s;
            proxy_read_timeout 120s;
            # A dead instance refuses the connection: the request goes to the next one.
            proxy_next_upstream error timeout;
            # Which instance answered (tests and demos read it; drop it in production).
            add_header X-Portal-Upstream \$upstream_addr always;
        }

        # No instance could answer (all down, or one died while it held the request): a French page, never
        # nginx's bare 502.
        error_page 502 503 504 /indisponible.html;
        location = /indisponible.html {
            root $root/scripts/nginx;
            internal;
        }

        # Internal endpoints stay internal.
        location ~ ^/(metrics|openapi)(/|\$) {
            return 404;
        }
    }
}
CONF
}

start_nginx() {
    command -v nginx >/dev/null 2>&1 || fail "nginx is not installed (apt-get install nginx)"
    [ -z "$(pid_of nginx)" ] || { say "nginx already running"; return; }
    write_nginx_conf
    nginx -e "$dir/nginx/logs/error.log" -p "$dir/nginx" -c "$dir/nginx/nginx.conf"
    local deadline=$((SECONDS + 10))
    until [ -n "$(pid_of nginx)" ]; do
        [ $SECONDS -lt "$deadline" ] || fail "nginx did not start (log: $dir/nginx/logs/error.log)"
        sleep 0.2
    done
}

stop_process() { # name seconds
    local pid
    pid=$(pid_of "$1")
    [ -n "$pid" ] || { rm -f "$dir/$1.pid"; return 0; }
    kill "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + $2))
    while kill -0 "$pid" 2>/dev/null; do
        if [ $SECONDS -ge "$deadline" ]; then kill -9 "$pid" 2>/dev/null || true; fi
        sleep 0.2
    done
    rm -f "$dir/$1.pid"
    say "$1 stopped"
}

check_instance_number() {
    [[ "${1:-}" =~ ^[0-9]+$ ]] && [ "$1" -ge 1 ] && [ "$1" -le "$instances" ] || fail "instance number between 1 and $instances expected"
}

command=${1:-}
case "$command" in
    start)
        mkdir -p "$dir"
        started=$SECONDS
        start_services
        if [ "${PORTAL_PARALLEL_START:-false}" = true ]; then
            for ((i = 1; i <= instances; i++)); do launch_instance "$i"; done
            for ((i = 1; i <= instances; i++)); do
                await_ready "instance-$i" "$(http_port "$i")" 300
                say "instance-$i ready on http://127.0.0.1:$(http_port "$i")/"
            done
        else
            # One after the other: the first migrates the schema and loads the demo data alone.
            for ((i = 1; i <= instances; i++)); do start_instance "$i"; done
        fi
        start_nginx
        say "Portal cluster of $instances instances ready in $((SECONDS - started)) s: http://127.0.0.1:$port/"
        ;;
    stop)
        stop_process nginx 10
        for ((i = instances; i >= 1; i--)); do stop_process "instance-$i" 60; done
        stop_process services 30
        ;;
    status)
        for name in services nginx; do
            pid=$(pid_of "$name")
            if [ -n "$pid" ]; then say "$name: running (pid $pid)"; else say "$name: stopped"; fi
        done
        for ((i = 1; i <= instances; i++)); do
            pid=$(pid_of "instance-$i")
            if [ -n "$pid" ]; then
                say "instance-$i: running (pid $pid), port $(http_port "$i"), /health/ready $(http_status "$(http_port "$i")" /health/ready)"
            else
                say "instance-$i: stopped"
            fi
        done
        ;;
    kill)
        check_instance_number "${2:-}"
        pid=$(pid_of "instance-$2")
        [ -n "$pid" ] || fail "instance-$2 is not running"
        kill -9 "$pid"
        while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
        say "instance-$2 killed (pid $pid)"
        ;;
    restart)
        check_instance_number "${2:-}"
        start_instance "$2"
        ;;
    *)
        sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
