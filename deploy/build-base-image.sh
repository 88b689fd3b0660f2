#!/usr/bin/env bash
# Builds a JRE 17 base image as a docker-save tarball on a Debian machine that reaches no container registry: a JRE
# cut by jlink from the build's JDK, and the C libraries it links to, unpacked from Debian's packages (apt-get
# download, dpkg-deb -x) of this machine's release. No daemon, no root needed beyond apt's own download.
#
#   deploy/build-base-image.sh [OUT.tar]        # default target/base-image/sanitation-jre17-base.tar
#   mvn -B -ntp -pl scheduler-app -am package -Pimage -DskipTests -Dimage.base=tar://$PWD/target/base-image/sanitation-jre17-base.tar
#
# The image holds /opt/java (PATH and JAVA_HOME point there), /etc/passwd with the user 65532 the app runs as, /tmp
# and the libraries; nothing else (no shell).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(realpath -m "${1:-$root/target/base-image/sanitation-jre17-base.tar}")"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
jlink="$java_home/bin/jlink"
[[ -x "$jlink" ]] || { echo "No jlink in $java_home: set JAVA_HOME to a JDK 17." >&2; exit 2; }
"$java_home/bin/java" -version 2>&1 | grep -q '"17\.' || { echo "JAVA_HOME ($java_home) is not a JDK 17." >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"
mkdir -p "$rootfs"

# The modules of the app and its libraries (jdeps of the jars gives no more than these), the English and Chinese
# locale data for the pages' dates and numbers, and the management agent for metrics.
modules=java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,java.management,\
java.management.rmi,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,\
java.security.sasl,java.sql,java.sql.rowset,java.transaction.xa,java.xml,java.xml.crypto,jdk.charsets,\
jdk.crypto.cryptoki,jdk.crypto.ec,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs
echo "jlink: a JRE with $modules" >&2
"$jlink" --add-modules "$modules" --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
  --compress=2 --output "$work/jre"
# Debian's JDK keeps some files as links into /etc and /usr/share (the CA certificates, the time zones): the image
# gets the files themselves. The X11 and sound libraries are left out: the app runs headless.
mkdir -p "$rootfs/opt"
cp -rL "$work/jre" "$rootfs/opt/java"
rm -f "$rootfs"/opt/java/lib/{libawt_xawt.so,libjawt.so,libsplashscreen.so,libjsound.so}

# The shared libraries the JRE needs and the Debian packages that hold them.
# The JRE's own libraries (libjvm.so) are found beside them at run time, as here.
links="$(find "$rootfs/opt/java" \( -name '*.so' -o -path '*/bin/*' \) -type f -print0 \
  | LD_LIBRARY_PATH="$rootfs/opt/java/lib:$rootfs/opt/java/lib/server" xargs -0 ldd 2>/dev/null || true)"
mapfile -t libraries < <(awk '/=> \// {print $3} /^\t\/lib/ {print $1}' <<<"$links" | grep -v "^$rootfs" | sort -u)
missing="$(grep 'not found' <<<"$links" | sort -u || true)"
[[ -z "$missing" ]] || { echo "Libraries not on this machine: $missing" >&2; exit 2; }
packages=()
for library in "${libraries[@]}"; do
  package="$(dpkg -S "$library" 2>/dev/null || dpkg -S "$(readlink -f "$library")" 2>/dev/null \
    || dpkg -S "/usr$library" 2>/dev/null || true)"
  [[ -n "$package" ]] || { echo "No Debian package holds $library" >&2; exit 2; }
  packages+=("${package%%:*}")
done
# libc's name service modules (users, hosts) and the dynamic loader come with libc6; gcc's runtime with libgcc-s1.
mapfile -t packages < <(printf '%s\n' "${packages[@]}" libc6 libgcc-s1 | sort -u)
echo "Debian packages: ${packages[*]}" >&2
mkdir -p "$work/debs"
# As root apt warns that it downloads without its sandbox user; the packages are the same.
(cd "$work/debs" && apt-get download "${packages[@]}" >&2)
for deb in "$work"/debs/*.deb; do
  dpkg-deb -x "$deb" "$rootfs"
done
rm -rf "$rootfs"/usr/share/{doc,man,info,lintian} "$rootfs"/usr/share/locale
# Debian 12 merges /lib into /usr/lib: the loader named in every binary is /lib64/ld-linux-x86-64.so.2.
for dir in bin lib lib64 sbin; do
  if [[ -d "$rootfs/usr/$dir" && ! -e "$rootfs/$dir" ]]; then ln -s "usr/$dir" "$rootfs/$dir"; fi
done

mkdir -p "$rootfs/etc" "$rootfs/tmp"
chmod 1777 "$rootfs/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/tmp:/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' > "$rootfs/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$rootfs/etc/nsswitch.conf"

# One layer, its files owned by root and dated by the JDK, so that two builds of one machine give the same image
# (checked: the same sha256 twice, session s8).
layer="$work/layer.tar"
tar --sort=name --numeric-owner --owner=0 --group=0 --mtime="@$(stat -c %Y "$java_home/release")" \
  -C "$rootfs" -cf "$layer" .
diff_id="sha256:$(sha256sum "$layer" | cut -d' ' -f1)"
image="$work/image"
mkdir -p "$image"
mv "$layer" "$image/layer.tar"
cat > "$image/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created_by":"deploy/build-base-image.sh: jlink JRE 17 and Debian libraries ${packages[*]}"}]}
JSON
cat > "$image/manifest.json" <<JSON
[{"Config":"config.json","RepoTags":["sanitation-jre17-base:latest"],"Layers":["layer.tar"]}]
JSON
mkdir -p "$(dirname "$out")"
tar --sort=name --numeric-owner --owner=0 --group=0 --mtime=@0 -C "$image" -cf "$out" manifest.json config.json layer.tar
echo "Wrote $out ($(du -h "$out" | cut -f1))" >&2
