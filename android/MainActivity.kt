// Mend's Android activity, used in place of dx's generated one ([application]
// android_main_activity in Dioxus.toml). Everything else on Android is in the device module
// (android/device: the bridge, the alerts and their receivers), and what to do is decided
// in Rust; this file does only what needs the activity itself: take the back key, keep the
// mend:// link Mend was opened with (a shortcut through LinkActivity, a notification's
// action), save a copy of an export where the person picks, and follow the text size.
//
// Not compiled here: no Android SDK (android.jar) or Kotlin compiler can be had on our build
// machines. It is built by `dx bundle` on a machine with the SDK (docs/PHONES.md).
package dev.dioxus.main

import android.content.Intent
import android.content.res.Configuration
import android.os.Bundle
import android.util.Log
import android.webkit.WebView
import androidx.activity.OnBackPressedCallback
import androidx.activity.result.contract.ActivityResultContracts
import app.mend.device.MendActivity
import java.io.File

typealias BuildConfig = app.mend.companion.BuildConfig

class MainActivity : WryActivity(), MendActivity {
    // Mend keeps its own history (Dioxus's router), which the WebView's can't see.
    override val handleBackNavigation: Boolean = false

    private var webView: WebView? = null

    /** The mend:// link Mend was opened with, until the Rust side takes it. */
    @Volatile
    private var waitingLink: String? = null

    /** The export waiting to be saved where the person picks. */
    private var saving: File? = null

    // "Save a copy to…": the system's document picker, then the export copied into the place
    // chosen, off the UI thread. Registered here, as Android wants, before the activity
    // starts.
    private val saveAs = registerForActivityResult(ActivityResultContracts.StartActivityForResult()) { result ->
        val source = saving
        saving = null
        val target = result.data?.data
        if (result.resultCode != RESULT_OK || source == null || target == null) return@registerForActivityResult
        Thread {
            try {
                contentResolver.openOutputStream(target, "wt")?.use { out -> source.inputStream().use { it.copyTo(out) } }
            } catch (e: Exception) {
                Log.w("mend", "the export could not be saved there", e)
            }
        }.start()
    }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        // A link is the activity's own only when it was started with one, not brought back.
        if (savedInstanceState == null) {
            keepLink(intent)
        }
        saving = savedInstanceState?.getString(SAVING)?.let(::File)
        // Back goes back through Mend's screens; from Now it leaves, as Android's back does.
        // Through the dispatcher, as apps targeting Android 16 must (the back key itself is
        // no longer sent to them). As Mend decides in the page, the callback is always on,
        // so Android's animation back to the home screen does not play.
        onBackPressedDispatcher.addCallback(this, object : OnBackPressedCallback(true) {
            override fun handleOnBackPressed() {
                val view = webView
                if (view == null) {
                    moveTaskToBack(true)
                    return
                }
                view.evaluateJavascript("window.mendBack ? window.mendBack() : false") { handled ->
                    if (handled != "true") {
                        moveTaskToBack(true)
                    }
                }
            }
        })
    }

    // Mend is already open (it is singleTask): a shortcut or a notification's action comes
    // here. The page is told a link is waiting; it takes it through the bridge.
    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        setIntent(intent)
        keepLink(intent)
        webView?.evaluateJavascript("window.mendLink && window.mendLink()", null)
    }

    private fun keepLink(intent: Intent?) {
        val link = intent?.dataString ?: return
        if (link.startsWith("mend:")) {
            waitingLink = link
        }
    }

    override fun takeLink(): String? {
        val link = waitingLink
        waitingLink = null
        return link
    }

    override fun saveDocument(source: File, mime: String) {
        saving = source
        val pick = Intent(Intent.ACTION_CREATE_DOCUMENT)
            .addCategory(Intent.CATEGORY_OPENABLE)
            .setType(mime)
            .putExtra(Intent.EXTRA_TITLE, source.name)
        saveAs.launch(pick)
    }

    // The export waiting for "Save a copy to…" outlives Android ending Mend while the picker
    // is open.
    override fun onSaveInstanceState(outState: Bundle) {
        super.onSaveInstanceState(outState)
        saving?.let { outState.putString(SAVING, it.path) }
    }

    override fun onWebViewCreate(webView: WebView) {
        this.webView = webView
        followTextSize()
    }

    // The manifest has the activity take every change of configuration itself (Mend's
    // renderer is not made to be started again), so the text size is followed here.
    override fun onConfigurationChanged(newConfig: Configuration) {
        super.onConfigurationChanged(newConfig)
        followTextSize()
    }

    // Text follows the size chosen in the phone's settings.
    private fun followTextSize() {
        webView?.settings?.textZoom = (resources.configuration.fontScale * 100).toInt()
    }

    private companion object {
        const val SAVING = "mend.saving"
    }
}
