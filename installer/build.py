"""Build the installable app: the PyInstaller onedir bundle, then (on Debian/Ubuntu) a .deb.

Usage::

    python installer/build.py               # bundle + .deb into dist/
    python installer/build.py --bundle-only # just dist/meetup-organiser/
    python installer/build.py --reuse       # keep a bundle that is newer than the sources

The .deb is made with Debian's own tool (``dpkg-deb --build --root-owner-group``)
over a staged tree; no fakeroot is needed. Windows and macOS installers are built on
those systems from the same bundle (see installer/README.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "pyinstaller.spec"
APP_ID = "io.github.meetup_organiser.MeetupOrganiser"
DESKTOP = INSTALLER / "linux" / "meetup-organiser.desktop"
METAINFO = INSTALLER / "linux" / f"{APP_ID}.metainfo.xml"

#: Libraries the Qt platform plugins load from the system: X11/xcb and Wayland clients,
#: OpenGL/EGL, fonts, input keymaps, D-Bus (accessibility, portals) and GLib (event loop).
#: PyInstaller copies the ones it found on the build machine; Depends makes sure the
#: rest (e.g. libxcb-icccm4 and libxcb-keysyms1 on a headless builder) are installed.
DEB_DEPENDS = [
    "libc6 (>= 2.31)",
    "libegl1",
    "libgl1",
    "libopengl0",
    "libfontconfig1",
    "libfreetype6",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libdbus-1-3",
    "libglib2.0-0",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    # The bundle leaves these out and uses the system's (installer/pyinstaller.spec
    # SYSTEM_LIBS): printing, fonts, the C++ runtime, compression, SQLite, X helpers.
    "libcups2",
    "libharfbuzz0b",
    "libpng16-16",
    "libsqlite3-0",
    "libstdc++6",
    "libgcc-s1",
    "zlib1g",
    "libexpat1",
    "libzstd1",
    "liblzma5",
    "libbz2-1.0",
    "libxcb-util1",
    "libxcb-render0",
    "libxcb-glx0",
    "libxrender1",
    "libxext6",
    "libssl3 | libssl3t64",
    "libuuid1",
    # What libQt6Network links to (QtPdf needs it): Brotli and GSSAPI (Kerberos).
    "libbrotli1",
    "libgssapi-krb5-2",
    # PostgreSQL client library (psycopg's pure-Python layer loads it) and zone data.
    "libpq5",
    "tzdata",
]
# Names in every script on screen (the PDFs carry their own fonts).
DEB_RECOMMENDS = ["fonts-noto-core", "fonts-noto-cjk"]


def project() -> dict[str, str]:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        data = tomllib.load(fh)["project"]
    return {
        "name": data["name"],
        "version": data["version"],
        "description": data.get("description", ""),
        "license": (data.get("license") or {}).get("text", ""),
    }


def human(n_bytes: int) -> str:
    return f"{n_bytes / 1_000_000:.1f} MB"


def tree_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def newest_source_mtime() -> float:
    """When the app's inputs last changed: code, resources, the spec, pyproject."""
    roots = [ROOT / "organiser", ROOT / "ui", ROOT / "resources", INSTALLER]
    files = [ROOT / "main.py", ROOT / "pyproject.toml"]
    for r in roots:
        if r.is_dir():
            files += [p for p in r.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return max(p.stat().st_mtime for p in files if p.exists())


def build_bundle(dist: Path, work: Path, *, reuse: bool = False, clean: bool = False) -> Path:
    """Run PyInstaller over the spec; return the onedir folder."""
    name = project()["name"]
    bundle = dist / name
    exe = bundle / (name + (".exe" if sys.platform == "win32" else ""))
    if reuse and exe.exists() and exe.stat().st_mtime > newest_source_mtime():
        print(f"reusing {bundle} (newer than the sources)")
        return bundle
    started = time.monotonic()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    if clean:
        cmd.append("--clean")
    cmd += ["--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC)]
    print("$", " ".join(cmd), flush=True)
    env = dict(os.environ, MEETUP_ORGANISER_BUILD_DIR=str(work))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")  # icons are drawn with Qt, no display needed
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)
    print(f"bundle built in {time.monotonic() - started:.0f} s: {bundle}")
    return bundle


def unresolved_libraries(bundle: Path) -> dict[str, set[str]]:
    """Shared libraries the bundle's ELF files need but neither it nor this system has."""
    if not shutil.which("ldd"):
        return {}
    internal = bundle / "_internal"
    lib_path = os.pathsep.join([str(internal), str(internal / "PySide6" / "Qt" / "lib")])
    missing: dict[str, set[str]] = {}
    for path in sorted(internal.rglob("*.so*")):
        if not path.is_file() or path.is_symlink():
            continue
        out = subprocess.run(
            ["ldd", str(path)],
            capture_output=True,
            text=True,
            env=dict(os.environ, LD_LIBRARY_PATH=lib_path),
        ).stdout
        for line in out.splitlines():
            if "not found" in line:
                missing.setdefault(line.split()[0], set()).add(str(path.relative_to(bundle)))
    return missing


def _copy_tree(src: Path, dest: Path) -> None:
    shutil.copytree(src, dest, symlinks=True)


def _normalise_modes(root: Path) -> None:
    """Debian policy: 0755 folders and programs, 0644 everything else, nothing group-writable."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        if path.is_dir() or mode & stat.S_IXUSR:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def check_metainfo_release(version: str) -> None:
    """Software centres show the newest <release>: it must be the version we package."""
    import xml.etree.ElementTree as ET

    releases = ET.parse(METAINFO).getroot().findall("./releases/release")
    newest = releases[0].get("version") if releases else None
    if newest != version:
        raise SystemExit(
            f"error: {METAINFO.relative_to(ROOT)} lists {newest or 'no release'} first, but "
            f'pyproject.toml says {version}: add a <release version="{version}"> entry '
            "with a short note at the top of <releases>."
        )


def build_deb(bundle: Path, dist: Path, work: Path, *, fast: bool = False) -> Path:
    """Stage /opt, /usr/bin, /usr/share and DEBIAN/control, then dpkg-deb --build."""
    info = project()
    name, version = info["name"], info["version"]
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    stage = work / "deb" / f"{name}_{version}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / "opt" / name
    _copy_tree(bundle, opt)

    launcher = stage / "usr" / "bin" / name
    launcher.parent.mkdir(parents=True)
    # A script, not a symlink: the bundle finds its _internal folder next to the real file.
    launcher.write_text(f'#!/bin/sh\nexec /opt/{name}/{name} "$@"\n', encoding="utf-8")
    launcher.chmod(0o755)

    share = stage / "usr" / "share"
    apps = share / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(DESKTOP, apps / DESKTOP.name)
    metainfo = share / "metainfo"
    metainfo.mkdir(parents=True)
    check_metainfo_release(version)
    shutil.copy2(METAINFO, metainfo / METAINFO.name)

    sys.path.insert(0, str(INSTALLER))
    import icons

    made = icons.make_icons(work / "icons")
    for size in icons.HICOLOR_SIZES:
        dest = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{icons.ICON_NAME}.png"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(made[f"png{size}"], dest)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{icons.ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True)
    shutil.copy2(icons.SVG, scalable)

    doc = share / "doc" / name
    doc.mkdir(parents=True)
    shutil.copy2(INSTALLER / "README.md", doc / "README.installer.md")
    fonts_dir = ROOT / "resources" / "fonts"
    if fonts_dir.is_dir():
        for lic in sorted(fonts_dir.rglob("*")):
            if lic.is_file() and lic.suffix.lower() not in {".ttf", ".otf", ".ttc"}:
                target = doc / "fonts" / lic.relative_to(fonts_dir)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(lic, target)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {name}\n\n"
        f"Files: *\nLicense: {info['license'] or 'see README.installer.md'}\n\n"
        "Files: opt/meetup-organiser/_internal/*\n"
        "License: various; see README.installer.md (bundled components and their licences)\n",
        encoding="utf-8",
    )

    _normalise_modes(stage)
    installed_kb = (tree_size(stage) + 1023) // 1024
    debian = stage / "DEBIAN"
    debian.mkdir()
    summary, _, rest = info["description"].partition(":")
    control = [
        f"Package: {name}",
        f"Version: {version}",
        f"Architecture: {arch}",
        "Maintainer: Meetup Organiser developers <maintainers@meetup-organiser.invalid>",
        f"Installed-Size: {installed_kb}",
        f"Depends: {', '.join(DEB_DEPENDS)}",
        f"Recommends: {', '.join(DEB_RECOMMENDS)}",
        "Section: misc",
        "Priority: optional",
        f"Description: {summary.strip() or 'Meetup Organiser'}",
        f" It covers {rest.strip()}" if rest.strip() else f" {info['description']}",
        " .",
        " Works offline: one organiser on a laptop with a SQLite file, or a team",
        " sharing a PostgreSQL database. Includes a command line:",
        f" {name} --help.",
    ]
    (debian / "control").write_text("\n".join(control) + "\n", encoding="utf-8")
    (debian / "control").chmod(0o644)

    dist.mkdir(parents=True, exist_ok=True)
    deb = dist / f"{name}_{version}_{arch}.deb"
    cmd = ["dpkg-deb", "--build", "--root-owner-group"]
    if fast:  # tests: same content, quicker compression
        cmd += ["-Zgzip", "-z1"]
    cmd += [str(stage), str(deb)]
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)
    return deb


def build_windows_installer(dist: Path, work: Path) -> Path | None:
    """Run Inno Setup's compiler over the bundle, when it is installed (Windows)."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)"))
    if not iscc and (default / "Inno Setup 6" / "ISCC.exe").exists():
        iscc = str(default / "Inno Setup 6" / "ISCC.exe")
    if not iscc:
        print("Inno Setup (iscc) not found: the bundle is built; see installer/README.md")
        return None
    version = project()["version"]
    cmd = [
        iscc,
        f"/DAppVersion={version}",
        f"/DSourceDir={dist / project()['name']}",
        f"/DOutputDir={dist}",
        f"/DIconFile={work / 'icons' / 'meetup-organiser.ico'}",
        str(INSTALLER / "windows" / "meetup-organiser.iss"),
    ]
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)
    return dist / f"meetup-organiser-{version}-windows-x64-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "installer", help="scratch folder"
    )
    parser.add_argument("--bundle-only", action="store_true", help="no .deb/installer/.dmg")
    parser.add_argument(
        "--reuse", action="store_true", help="keep a bundle that is newer than every source"
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument(
        "--fast-deb", action="store_true", help="quick gzip -1 compression (for tests)"
    )
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    bundle = build_bundle(dist, work, reuse=args.reuse, clean=args.clean)
    print(f"bundle size: {human(tree_size(bundle))} ({bundle})")
    missing = unresolved_libraries(bundle) if sys.platform == "linux" else {}
    if missing:
        print("system libraries not on this machine (the .deb Depends on them):")
        for lib, users in sorted(missing.items()):
            print(f"  {lib}  (needed by {len(users)} file(s), e.g. {sorted(users)[0]})")
    if args.bundle_only:
        return 0

    if sys.platform == "win32":
        setup = build_windows_installer(dist, work)
        if setup:
            print(f"installer size: {human(setup.stat().st_size)} ({setup})")
        return 0
    if sys.platform == "darwin":
        subprocess.run(
            ["bash", str(INSTALLER / "macos" / "make_dmg.sh")],
            check=True,
            env=dict(os.environ, PYTHON=sys.executable),
        )
        return 0
    if not shutil.which("dpkg-deb"):
        print("no dpkg-deb here: skipping the .deb (see installer/README.md)")
        return 0
    deb = build_deb(bundle, dist, work, fast=args.fast_deb)
    print(f".deb size: {human(deb.stat().st_size)} ({deb})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
