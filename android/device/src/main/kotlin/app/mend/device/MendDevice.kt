// The bridge Mend's Rust side calls on Android (src/platform/android.rs, through the
// bindings `#[manganis::ffi]` generates from the same method names and types). One
// instance is made with the app's activity. Each method does one thing the web view can't:
// hand a file or a text to the share sheet, save a copy where the person picks, set the
// planned alerts, pulse, keep the screen out of the app switcher.
//
// Not compiled here: no Android SDK can be had on our build machines (docs/PHONES.md).
package app.mend.device

import android.Manifest
import android.app.Activity
import android.app.NotificationManager
import android.content.ActivityNotFoundException
import android.content.ClipData
import android.content.Intent
import android.net.Uri
import android.os.Build
import android.os.LocaleList
import android.os.VibrationEffect
import android.os.Vibrator
import android.os.VibratorManager
import android.provider.Settings
import android.util.Log
import android.view.WindowManager
import androidx.core.content.FileProvider
import java.io.File
import java.util.Locale

/** What Mend's activity offers the bridge (MainActivity implements it). */
interface MendActivity {
    /** The mend:// link the activity was last opened with, once. */
    fun takeLink(): String?

    /** Asks where to save a copy of [source] (the system's "Save to…"), and saves it there. */
    fun saveDocument(source: File, mime: String)
}

// A yes or no crosses to Rust as an Int, 1 or 0 (YES, NO below): the code manganis 0.7.10
// generates for a Boolean does not compile against jni 0.21.
class MendDevice(private val activity: Activity) {
    /** The app's private files folder: Mend's data folder. */
    fun filesDir(): String = activity.filesDir.absolutePath

    /** The phone's language and region, as a tag ("en-GB"). */
    fun locale(): String = Locale.getDefault().toLanguageTag()

    /** The languages the person chose in the system's settings, best first, as BCP 47 tags
     * joined by commas ("es-MX,en-US"): Mend speaks the first it has. */
    fun languages(): String = LocaleList.getDefault().toLanguageTags()

    /** Whether Mend may post notifications (Android 13+ asks; anyone can turn them off). */
    fun notificationsAllowed(): Int =
        answer(activity.getSystemService(NotificationManager::class.java)?.areNotificationsEnabled() == true)

    /** Shows the system's question about notifications (Android 13 and later). */
    fun askNotifications() {
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.TIRAMISU) return
        activity.runOnUiThread {
            activity.requestPermissions(arrayOf(Manifest.permission.POST_NOTIFICATIONS), ASK_NOTIFY)
        }
    }

    /** Sets the alerts from the plan file Mend has just written. */
    fun setAlertsFromPlan() = AlertPlan.set(activity.applicationContext)

    /** Whether a pause's end may come exactly on time (exact alarms allowed). */
    fun alertsOnTime(): Int = answer(AlertPlan.onTime(activity))

    /** Opens the system's "Alarms & reminders" page for Mend (Android 12 and later). */
    fun askAlertsOnTime(): Int {
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.S) return NO
        val page = Intent(Settings.ACTION_REQUEST_SCHEDULE_EXACT_ALARM, Uri.parse("package:" + activity.packageName))
        return start(page)
    }

    /** Opens a tel: or sms: link with the dialler or messages. */
    fun openLink(address: String): Int = start(Intent(Intent.ACTION_VIEW, Uri.parse(address)))

    /** Hands a file in files/outgoing to the share sheet, readable by the app picked. */
    fun shareFile(path: String, mime: String): Int {
        val uri = try {
            FileProvider.getUriForFile(activity, activity.packageName + PROVIDER, File(path))
        } catch (e: IllegalArgumentException) {
            Log.w(TAG, "an export outside the shared folder", e)
            return NO
        }
        val send = Intent(Intent.ACTION_SEND)
            .setType(mime)
            .putExtra(Intent.EXTRA_STREAM, uri)
            .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
        send.clipData = ClipData.newRawUri(File(path).name, uri)
        return start(Intent.createChooser(send, null))
    }

    /** Asks where to save a copy of a file, and saves it there. */
    fun saveFileAs(path: String, mime: String): Int {
        val host = activity as? MendActivity ?: return NO
        activity.runOnUiThread { host.saveDocument(File(path), mime) }
        return YES
    }

    /** Hands a short text to the share sheet. */
    fun shareText(text: String): Int {
        val send = Intent(Intent.ACTION_SEND).setType("text/plain").putExtra(Intent.EXTRA_TEXT, text)
        return start(Intent.createChooser(send, null))
    }

    /** The mend:// link Mend was opened with, once. */
    fun takeLink(): String? = (activity as? MendActivity)?.takeLink()

    /** A gentle pulse: "pause_over" (a soft double tap) or "breath" (a light tick). */
    fun pulse(kind: String) {
        val vibrator = if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.S) {
            activity.getSystemService(VibratorManager::class.java)?.defaultVibrator
        } else {
            @Suppress("DEPRECATION")
            activity.getSystemService(Vibrator::class.java)
        }
        if (vibrator == null || !vibrator.hasVibrator()) return
        val effect = if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.Q) {
            VibrationEffect.createPredefined(
                if (kind == "pause_over") VibrationEffect.EFFECT_DOUBLE_CLICK else VibrationEffect.EFFECT_TICK,
            )
        } else {
            VibrationEffect.createOneShot(if (kind == "pause_over") 40L else 15L, VibrationEffect.DEFAULT_AMPLITUDE)
        }
        vibrator.vibrate(effect)
    }

    /** Keeps the screen out of the app switcher and screenshots while [on] is YES. */
    fun keepOutOfAppSwitcher(on: Int) {
        activity.runOnUiThread {
            if (on == YES) {
                activity.window.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
            } else {
                activity.window.clearFlags(WindowManager.LayoutParams.FLAG_SECURE)
            }
        }
    }

    /** Starts an activity from the UI thread; whether it could be asked. */
    private fun start(intent: Intent): Int {
        activity.runOnUiThread {
            try {
                activity.startActivity(intent)
            } catch (e: ActivityNotFoundException) {
                Log.w(TAG, "nothing on this phone opens that", e)
            }
        }
        return YES
    }

    private fun answer(yes: Boolean): Int = if (yes) YES else NO

    private companion object {
        const val TAG = "mend"
        const val ASK_NOTIFY = 1
        const val YES = 1
        const val NO = 0
        /** The FileProvider's authority after the package name (the module's manifest). */
        const val PROVIDER = ".files"
    }
}
