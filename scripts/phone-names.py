#!/usr/bin/env python3
"""Checks, without an Android SDK or Xcode, that Mend's phone files and its Rust agree.

No Kotlin compiler or Android SDK can be had on our build machines, so what can be checked
here is checked by reading the files: that the manifests parse; that every name the Kotlin,
the manifests, Dioxus.toml and the Rust share is spelled the same on each side (the bridge's
methods and their types, the receivers and the broadcasts they take, the plan file's name,
version and fields, the FileProvider's authority and folder, the links and the shortcuts,
the resources the manifests name); that every JNI method descriptor written by hand in
src/platform/ is well-formed; and that iOS's privacy manifest declares each required-reason
API the iOS build calls (with `--ios-build FOLDER`, the build's folder, read with llvm-nm).
Prints each problem and exits 1 if there is any.
"""
import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
A = "{http://schemas.android.com/apk/res/android}"
DEVICE = ROOT / "android" / "device"
KOTLIN = DEVICE / "src" / "main" / "kotlin" / "app" / "mend" / "device"
RES = DEVICE / "src" / "main" / "res"

problems = []


def problem(text):
    problems.append(text)


def read(path):
    return (ROOT / path).read_text()


def constant(text, pattern, what):
    """The value the first group of `pattern` finds in `text`, or None (a problem) if none."""
    found = re.search(pattern, text)
    if not found:
        problem(f"no {what}")
        return None
    return found.group(1)


def rust_const(text, name):
    """The value of `const NAME: &str = "..."` (or a number) in Rust source."""
    return constant(text, rf'const {name}: [^=]+= "?([^";]+)"?;', f"const {name} in the Rust")


def kotlin_const(text, name):
    """The value of `const val NAME = "..."` (or a number) in Kotlin source."""
    return constant(text, rf'const val {name} = "?([^"\n]+?)"?\n', f"const val {name} in the Kotlin")


def camel(snake):
    head, *rest = snake.split("_")
    return head + "".join(w.capitalize() for w in rest)


# --- JNI descriptors written by hand -------------------------------------------------------

FIELD = r"(?:\[*(?:[ZBCSIJFD]|L[A-Za-z_$][\w$]*(?:/[A-Za-z_$][\w$]*)*;))"
METHOD = re.compile(rf"^\(({FIELD})*\)(?:V|{FIELD})$")


def check_descriptors():
    for path in sorted((ROOT / "src" / "platform").glob("*.rs")):
        text = path.read_text()
        for literal in re.findall(r'"(\([^"]*)"', text):
            if ")" in literal and not METHOD.match(literal):
                problem(f"{path.relative_to(ROOT)}: {literal!r} is not a JNI method descriptor")


# --- The bridge: Rust's declarations against MendDevice.kt --------------------------------

KOTLIN_OF = {"String": "String", "i32": "Int", "Option<String>": "String?", "()": "Unit"}


def check_bridge(android_rs, device_kt):
    block = re.search(r'extern "Kotlin" \{(.*?)\n    \}', android_rs, re.S)
    if not block:
        problem("src/platform/android.rs has no extern \"Kotlin\" block")
        return
    declared = re.findall(r"pub fn (\w+)\(this: &MendDevice((?:, \w+: [\w<>]+)*)\)(?: -> ([\w<>()]+))?;", block.group(1))
    if not declared:
        problem("the bridge declares no methods")
    for name, args, ret in declared:
        kt_name = camel(name)
        found = re.search(rf"\n    fun {kt_name}\(([^)]*)\)(?:: ([\w?]+))?", device_kt)
        if not found:
            problem(f"MendDevice.kt has no fun {kt_name} (the Rust's {name})")
            continue
        rust_args = [a.split(": ")[1] for a in args.split(", ") if a]
        kt_args = [a.split(": ")[1].strip() for a in found.group(1).split(",") if a.strip()]
        want = [KOTLIN_OF.get(a, f"?{a}") for a in rust_args]
        if kt_args != want:
            problem(f"MendDevice.{kt_name} takes {kt_args}, the Rust gives {want}")
        kt_ret = found.group(2) or "Unit"
        want_ret = KOTLIN_OF.get(ret or "()", f"?{ret}")
        # A function written `fun f() = expression` returns what the expression does.
        if found.group(2) is None and re.search(rf"\n    fun {kt_name}\([^)]*\) =", device_kt):
            kt_ret = want_ret if want_ret == "Unit" else "?"
        if kt_ret != want_ret:
            problem(f"MendDevice.{kt_name} returns {kt_ret}, the Rust expects {want_ret}")
    bridge = rust_const(android_rs, "BRIDGE_CLASS")
    package = re.search(r"^package ([\w.]+)", device_kt, re.M).group(1)
    if bridge != f"{package}.MendDevice" or "class MendDevice(private val activity: Activity)" not in device_kt:
        problem(f"the bridge class {bridge} is not {package}.MendDevice(activity)")
    namespace = re.search(r'namespace = "([\w.]+)"', read("android/device/build.gradle.kts")).group(1)
    if namespace != package:
        problem(f"the device module's namespace {namespace} is not its package {package}")
    if 'manganis::ffi("android/device")' not in android_rs:
        problem("the Rust does not name android/device as the plugin's folder")


# --- Receivers, broadcasts, the FileProvider ----------------------------------------------

ACTIONS = {
    "android.intent.action.BOOT_COMPLETED": "Intent.ACTION_BOOT_COMPLETED",
    "android.intent.action.TIMEZONE_CHANGED": "Intent.ACTION_TIMEZONE_CHANGED",
    "android.intent.action.TIME_SET": "Intent.ACTION_TIME_CHANGED",
    "android.intent.action.MY_PACKAGE_REPLACED": "Intent.ACTION_MY_PACKAGE_REPLACED",
    "android.app.action.SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED":
        "AlarmManager.ACTION_SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED",
}


def check_module_manifest(plan_kt, device_kt, files_rs):
    manifest = ET.parse(DEVICE / "src" / "main" / "AndroidManifest.xml").getroot()
    receivers = {r.get(A + "name"): r for r in manifest.iter("receiver")}
    for name in ["app.mend.device.AlertReceiver", "app.mend.device.PlanReceiver"]:
        if name not in receivers:
            problem(f"the device manifest has no receiver {name}")
        elif f"class {name.rsplit('.', 1)[1]} : BroadcastReceiver()" not in plan_kt:
            problem(f"AlertPlan.kt has no class {name}")
    plan = receivers.get("app.mend.device.PlanReceiver")
    if plan is not None:
        taken = {a.get(A + "name") for a in plan.iter("action")}
        if taken != set(ACTIONS):
            problem(f"PlanReceiver takes {sorted(taken)}, not {sorted(ACTIONS)}")
        for action, constant in ACTIONS.items():
            if constant not in plan_kt:
                problem(f"PlanReceiver does not handle {action} ({constant})")
    providers = list(manifest.iter("provider"))
    if len(providers) != 1:
        problem("the device manifest should have one FileProvider")
        return
    authority = providers[0].get(A + "authorities")
    suffix = kotlin_const(device_kt, "PROVIDER")
    if authority != "${applicationId}" + (suffix or ""):
        problem(f"the FileProvider's authority {authority} is not the one MendDevice uses ({suffix})")
    paths_name = providers[0].find("meta-data").get(A + "resource").removeprefix("@xml/")
    paths = ET.parse(RES / "xml" / f"{paths_name}.xml").getroot()
    shared = [p.get("path") for p in paths]
    outgoing = rust_const(files_rs, "OUTGOING_DIR")
    if shared != [f"{outgoing}/"]:
        problem(f"the FileProvider lends {shared}, not only the exports' folder {outgoing}/")


# --- The plan file -------------------------------------------------------------------------

def check_plan_file(plan_rs, plan_kt):
    if rust_const(plan_rs, "PLAN_FILE") != kotlin_const(plan_kt, "FILE"):
        problem("the plan file's name differs between alert_plan.rs and AlertPlan.kt")
    if rust_const(plan_rs, "PLAN_VERSION") != kotlin_const(plan_kt, "VERSION"):
        problem("the plan file's version differs between alert_plan.rs and AlertPlan.kt")
    fields = set()
    for struct in ["PlanFile", "PlannedAlert", "RunningPause", "Channels"]:
        body = re.search(rf"pub struct {struct} \{{(.*?)\n\}}", plan_rs, re.S)
        if not body:
            problem(f"alert_plan.rs has no struct {struct}")
            continue
        fields |= set(re.findall(r"pub (\w+):", body.group(1)))
    for field in sorted(fields):
        if f'"{field}"' not in plan_kt:
            problem(f"AlertPlan.kt never reads the plan's field {field}")
    slots = re.search(r"private const val SLOTS = (\d+)", plan_kt)
    days = re.search(r"pub const REMINDER_DAYS: usize = (\d+);", read("src/domain/alerts.rs"))
    if not slots or not days or int(slots.group(1)) != int(days.group(1)) + 1:
        problem("AlertPlan.kt's SLOTS is not the Rust's slots (a pause and REMINDER_DAYS)")
    for drawable in re.findall(r"R\.drawable\.(\w+)", plan_kt):
        if not (RES / "drawable" / f"{drawable}.xml").exists():
            problem(f"AlertPlan.kt uses a drawable {drawable} that the device module lacks")


# --- The app's manifest, its links and shortcuts --------------------------------------------

def check_app_manifest(links_rs, dioxus):
    manifest = ET.parse(ROOT / "android" / "AndroidManifest.xml").getroot()
    perms = {p.get(A + "name") for p in manifest.iter("uses-permission")}
    for p in ["INTERNET", "POST_NOTIFICATIONS", "SCHEDULE_EXACT_ALARM", "RECEIVE_BOOT_COMPLETED", "VIBRATE"]:
        if "android.permission." + p not in perms:
            problem(f"the manifest lacks {p}")
    if "android.permission.USE_EXACT_ALARM" in perms:
        problem("USE_EXACT_ALARM is for alarm clocks and calendars (Google Play's policy)")
    app = manifest.find("application")
    for attribute in ["dataExtractionRules", "fullBackupContent"]:
        value = app.get(A + attribute, "")
        if not value.startswith("@xml/") or not (RES / "xml" / f"{value[5:]}.xml").exists():
            problem(f"the manifest's {attribute} ({value}) is not a file of the device module")
    if app.get(A + "allowBackup") != "false":
        problem("allowBackup should be false")
    theme = app.get(A + "theme", "").removeprefix("@style/")
    styles = {st.get("name") for f in (RES / "values").glob("*.xml") for st in ET.parse(f).getroot().iter("style")}
    if theme not in styles:
        problem(f"the app's theme {theme} is not a style of the device module")
    scheme = rust_const(links_rs, "SCHEME")
    schemes = {d.get(A + "scheme") for d in manifest.iter("data")}
    if schemes != {scheme}:
        problem(f"the activity opens the schemes {schemes}, not {scheme}")
    if scheme not in dioxus.get("deep_links", {}).get("schemes", []):
        problem(f"Dioxus.toml's [deep_links] schemes lack {scheme} (iOS's CFBundleURLTypes)")
    activity = next(manifest.iter("activity"))
    main = activity.get(A + "name")
    shortcuts = next(
        (m.get(A + "resource") for m in activity.iter("meta-data") if m.get(A + "name") == "android.app.shortcuts"),
        None,
    )
    if not shortcuts:
        problem("the activity names no shortcuts")
        return
    identifier = dioxus["android"]["identifier"]
    paths = set(re.findall(r'Link::\w+ => "([\w/-]+)"', links_rs))
    strings = ET.parse(RES / "values" / "mend_strings.xml").getroot()
    known = {s.get("name") for s in strings.iter("string")}
    if activity.get(A + "launchMode") != "singleTask":
        problem("MainActivity must be singleTask: links reach it in onNewIntent")
    # The shortcuts land on the device module's LinkActivity, which hands their link on.
    device = ET.parse(DEVICE / "src" / "main" / "AndroidManifest.xml").getroot()
    landing = "app.mend.device.LinkActivity"
    if landing not in {a.get(A + "name") for a in device.iter("activity")}:
        problem(f"the device manifest has no activity {landing}")
    if "class LinkActivity : Activity()" not in (KOTLIN / "LinkActivity.kt").read_text():
        problem("LinkActivity.kt has no class LinkActivity")
    tree = ET.parse(RES / "xml" / f"{shortcuts.removeprefix('@xml/')}.xml").getroot()
    for shortcut in tree.iter("shortcut"):
        intent = shortcut.find("intent")
        if intent.get(A + "targetPackage") != identifier or intent.get(A + "targetClass") != landing:
            problem(f"the shortcut {shortcut.get(A + 'shortcutId')} opens another app or activity")
        data = intent.get(A + "data", "")
        if not data.startswith(f"{scheme}://") or data.split("://", 1)[1] not in paths:
            problem(f"the shortcut's link {data} is not one of Mend's links")
        for label in ["shortcutShortLabel", "shortcutLongLabel"]:
            if shortcut.get(A + label, "").removeprefix("@string/") not in known:
                problem(f"the shortcut's {label} is not a string of the device module")
        icon = shortcut.get(A + "icon", "").removeprefix("@drawable/")
        if not (RES / "drawable" / f"{icon}.xml").exists():
            problem(f"the shortcut's icon {icon} is not a drawable of the device module")
    activity_kt = read("android/MainActivity.kt")
    if f"class {main.rsplit('.', 1)[1]} : WryActivity(), MendActivity" not in activity_kt:
        problem("MainActivity does not implement MendActivity")
    for method in re.findall(r"\n    fun (\w+)\(", read("android/device/src/main/kotlin/app/mend/device/MendDevice.kt").split("class MendDevice")[0]):
        if f"override fun {method}(" not in activity_kt:
            problem(f"MainActivity does not implement MendActivity.{method}")
    if "MY_PACKAGE" in activity_kt:
        problem("MainActivity should not handle broadcasts")


def check_ios(dioxus, links_rs):
    items = dioxus.get("ios", {}).get("plist", {}).get("UIApplicationShortcutItems", [])
    identifier = dioxus["ios"]["identifier"]
    paths = set(re.findall(r'Link::\w+ => "([\w/-]+)"', links_rs))
    if len(items) != 2:
        problem("Dioxus.toml should give iOS two quick actions")
    for item in items:
        kind = item.get("UIApplicationShortcutItemType", "")
        prefix, _, path = kind.rpartition(".")
        if prefix != identifier or path not in paths:
            problem(f"the quick action {kind} is not {identifier}. and one of Mend's links")
    if dioxus.get("ios", {}).get("entitlements", {}).get("com.apple.developer.usernotifications.time-sensitive") is not True:
        problem("Dioxus.toml lacks the time-sensitive notifications entitlement")


def check_languages(dioxus):
    """The languages the phones are told Mend speaks are those of assets/locales: Android's
    locale config (named by the app's manifest) and iOS's CFBundleLocalizations; and each
    language's Android strings have every string English has."""
    shipped = sorted(p.name for p in (ROOT / "assets" / "locales").iterdir() if p.is_dir())
    app = ET.parse(ROOT / "android" / "AndroidManifest.xml").getroot().find("application")
    config = app.get(A + "localeConfig", "").removeprefix("@xml/")
    if not config or not (RES / "xml" / f"{config}.xml").exists():
        problem("the app's manifest names no locale config of the device module")
    else:
        listed = sorted(l.get(A + "name") for l in ET.parse(RES / "xml" / f"{config}.xml").getroot().iter("locale"))
        if listed != shipped:
            problem(f"the Android locale config lists {listed}, Mend speaks {shipped}")
    plist = dioxus.get("ios", {}).get("plist", {})
    if sorted(plist.get("CFBundleLocalizations", [])) != shipped:
        problem(f"CFBundleLocalizations should be {shipped}")
    def strings(folder):
        path = RES / folder / "mend_strings.xml"
        return {s.get("name"): s.text for s in ET.parse(path).getroot().iter("string")} if path.exists() else {}
    english = strings("values")
    titles = [item.get("UIApplicationShortcutItemTitle") for item in plist.get("UIApplicationShortcutItems", [])]
    short = ["mend_shortcut_check_in", "mend_shortcut_pause"]
    if titles != [english.get(name) for name in short]:
        problem(f"the iOS quick actions' titles {titles} should be the Android shortcuts' labels")
    for tag in shipped:
        if tag == "en":
            continue
        have = strings(f"values-{tag}")
        if set(have) != set(english):
            problem(f"values-{tag}/mend_strings.xml should have the strings {sorted(english)}")
        # iOS looks each quick action's title up in the language's InfoPlist.strings.
        path = ROOT / "ios" / f"{tag}.lproj" / "InfoPlist.strings"
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
        pairs = dict(re.findall(r'"((?:[^"\\]|\\.)*)"\s*=\s*"((?:[^"\\]|\\.)*)"\s*;', text))
        wanted = {title: have.get(name) for title, name in zip(titles, short)}
        if pairs != wanted:
            problem(f"ios/{tag}.lproj/InfoPlist.strings should be {wanted}, not {pairs}")


# --- iOS's privacy manifest against the build -------------------------------------------------

# The required-reason APIs (Apple's "Describing use of required reason API"), by the C
# symbols that reach them, and the category each belongs to.
REQUIRED_REASON = {
    "NSPrivacyAccessedAPICategoryFileTimestamp": {"stat", "fstat", "lstat", "fstatat", "getattrlist", "getattrlistbulk", "fgetattrlist", "getattrlistat"},
    "NSPrivacyAccessedAPICategoryDiskSpace": {"statfs", "fstatfs", "statvfs", "fstatvfs"},
    "NSPrivacyAccessedAPICategorySystemBootTime": {"mach_absolute_time"},
}
TRACKS_NOTHING = {"NSPrivacyTracking": False, "NSPrivacyTrackingDomains": [], "NSPrivacyCollectedDataTypes": []}


def check_privacy(ios_build):
    """The privacy manifest says Mend tracks and collects nothing, and declares every
    required-reason category whose symbols the iOS build's code calls (the C libraries and
    Rust's standard library, which every crate's file and clock calls go through)."""
    import plistlib
    import subprocess
    manifest = plistlib.loads((ROOT / "ios" / "PrivacyInfo.xcprivacy").read_bytes())
    for key, value in TRACKS_NOTHING.items():
        if manifest.get(key) != value:
            problem(f"the privacy manifest's {key} should be {value!r}")
    declared = {t["NSPrivacyAccessedAPIType"] for t in manifest.get("NSPrivacyAccessedAPITypes", [])}
    if not ios_build:
        return
    build = Path(ios_build)
    archives = list(build.glob("build/*/out/**/*.a")) + list(build.glob("deps/libstd-*.rlib"))
    if not archives:
        problem(f"no iOS build to read in {build}")
        return
    called = set()
    for archive in archives:
        listed = subprocess.run(["llvm-nm-22", "-u", str(archive)], capture_output=True, text=True).stdout
        for line in listed.splitlines():
            called.add(line.strip().split()[-1].lstrip("_").split("$")[0] if line.strip() else "")
    for category, symbols in REQUIRED_REASON.items():
        used = sorted(symbols & called)
        if used and category not in declared:
            problem(f"the iOS build calls {', '.join(used)} ({category}), which the privacy manifest doesn't declare")
        if not used and category in declared:
            problem(f"the privacy manifest declares {category}, which the iOS build doesn't use")


def main():
    android_rs = read("src/platform/android.rs")
    device_kt = (KOTLIN / "MendDevice.kt").read_text()
    plan_kt = (KOTLIN / "AlertPlan.kt").read_text()
    plan_rs = read("src/platform/alert_plan.rs")
    links_rs = read("src/domain/links.rs")
    files_rs = read("src/store/files.rs")
    dioxus = tomllib.loads(read("Dioxus.toml"))
    for key in ['android_manifest = "android/AndroidManifest.xml"', 'android_main_activity = "android/MainActivity.kt"']:
        if key not in read("Dioxus.toml"):
            problem(f"Dioxus.toml lacks {key}")
    check_descriptors()
    check_bridge(android_rs, device_kt)
    check_module_manifest(plan_kt, device_kt, files_rs)
    check_plan_file(plan_rs, plan_kt)
    check_app_manifest(links_rs, dioxus)
    check_ios(dioxus, links_rs)
    check_languages(dioxus)
    ios_build = sys.argv[sys.argv.index("--ios-build") + 1] if "--ios-build" in sys.argv else None
    check_privacy(ios_build)
    for p in problems:
        print("phone-names:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
