// Mend's Android activity, used in place of dx's generated one ([application]
// android_main_activity in Dioxus.toml), and the receiver that shows an alert while Mend is
// closed. Everything else (what the alerts are, when they come) is decided in Rust
// (src/domain/alerts.rs, src/platform/android.rs); this file only does what Rust can't:
// take the back key, and be woken by an alarm.
//
// Not compiled here: no Android SDK (android.jar) or Kotlin compiler can be had on our build
// machines. It is built by `dx bundle` on a machine with the SDK (docs/PHONES.md).
package dev.dioxus.main

import android.app.Notification
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.view.KeyEvent
import android.webkit.WebView

typealias BuildConfig = app.mend.companion.BuildConfig

class MainActivity : WryActivity() {
    // Mend keeps its own history (Dioxus's router), which the WebView's can't see.
    override val handleBackNavigation: Boolean = false

    private var webView: WebView? = null

    override fun onWebViewCreate(webView: WebView) {
        this.webView = webView
        // Text follows the size chosen in the phone's settings.
        webView.settings.textZoom = (resources.configuration.fontScale * 100).toInt()
    }

    // Back goes back through Mend's screens; from Now it leaves, as Android's back does.
    override fun onKeyDown(keyCode: Int, event: KeyEvent?): Boolean {
        val view = webView
        if (keyCode != KeyEvent.KEYCODE_BACK || view == null) {
            return super.onKeyDown(keyCode, event)
        }
        view.evaluateJavascript("window.mendBack ? window.mendBack() : false") { handled ->
            if (handled != "true") {
                moveTaskToBack(true)
            }
        }
        return true
    }
}

// Woken by AlarmManager at an alert's time: shows its notification on Mend's channel, and
// opens Mend when it is tapped. The words come with the alarm, set by Rust.
class AlertReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        val title = intent.getStringExtra("title") ?: return
        val body = intent.getStringExtra("body") ?: ""
        val channel = intent.getStringExtra("channel") ?: return
        val slot = intent.getIntExtra("slot", 0)
        val manager = context.getSystemService(NotificationManager::class.java) ?: return
        if (!manager.areNotificationsEnabled()) {
            return
        }
        val open = Intent(context, MainActivity::class.java)
            .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_SINGLE_TOP)
        val tap = PendingIntent.getActivity(context, slot, open, PendingIntent.FLAG_IMMUTABLE)
        val notification = Notification.Builder(context, channel)
            .setSmallIcon(context.applicationInfo.icon)
            .setContentTitle(title)
            .setContentText(body)
            .setStyle(Notification.BigTextStyle().bigText(body))
            .setContentIntent(tap)
            .setAutoCancel(true)
            .build()
        manager.notify(slot, notification)
    }
}
