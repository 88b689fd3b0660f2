#!/usr/bin/env bash
# Runs a docker-save image tarball (as Jib's buildTar writes it) without a container engine, as root: its layers are
# unpacked into a folder, and its entrypoint runs there under chroot, in its own mount and process namespaces (with
# /proc), as the image's user and with the image's environment. The network is the machine's, so the app listens on
# the machine's port 8080 and reaches a PostgreSQL of the machine on 127.0.0.1. For checking an image here; a real
# deployment uses a container engine (deploy/compose.yaml).
#
#   deploy/run-image-chroot.sh scheduler-app/target/scheduler-app-image.tar [--property=value ...]
#   e.g. --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/sanitation --spring.datasource.username=... \
#        --spring.datasource.password=...
set -euo pipefail

image="$(realpath "${1:?the image tarball}")"
shift
[[ $EUID -eq 0 ]] || { echo "chroot needs root." >&2; exit 2; }
work="$(mktemp -d)"
rootfs="$work/rootfs"
mkdir -p "$rootfs"
trap 'rm -rf "$work"' EXIT

tar -xf "$image" -C "$work" manifest.json
config="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["Config"])' "$work/manifest.json")"
tar -xf "$image" -C "$work" "$config"
while read -r layer; do
  tar -xf "$image" -O "$layer" | tar -xzf - -C "$rootfs" 2>/dev/null \
    || tar -xf "$image" -O "$layer" | tar -xf - -C "$rootfs"
done < <(python3 -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1]))[0]["Layers"]))' "$work/manifest.json")
# What an engine gives every container: name resolution of the machine.
mkdir -p "$rootfs/etc" "$rootfs/proc"
cp /etc/hosts /etc/resolv.conf "$rootfs/etc/"

mapfile -t environment < <(python3 -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1]))["config"].get("Env", [])))' "$work/$config")
mapfile -t entrypoint < <(python3 -c 'import json,sys; c=json.load(open(sys.argv[1]))["config"]; print("\n".join((c.get("Entrypoint") or []) + (c.get("Cmd") or [])))' "$work/$config")
user="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["config"].get("User") or "0")' "$work/$config")"
[[ "$user" == *:* ]] || user="$user:$user"

echo "Running ${entrypoint[*]} $* as $user in $rootfs" >&2
# The image has no env program: the environment is set here, and chroot finds the entrypoint on the image's PATH.
env -i "${environment[@]}" HOSTNAME="$(hostname)" "$(command -v unshare)" --mount --pid --fork \
  --mount-proc="$rootfs/proc" "$(command -v chroot)" --userspec="$user" "$rootfs" "${entrypoint[@]}" "$@"
