// Mend's alerts on Android: the plan file Mend writes (src/platform/alert_plan.rs) made
// into alarms and notifications, the one way it is done. Mend asks for it after every
// change of plan; PlanReceiver asks for it after the phone restarts, the time or the time
// zone changes, Mend is updated, or on-time alarms are allowed, without Mend's code or its
// data. The plan holds the alerts' slots, kinds, times and Mend's own words, never anything
// the person wrote.
//
// Not compiled here: no Android SDK can be had on our build machines (docs/PHONES.md).
package app.mend.device

import android.app.AlarmManager
import android.app.Notification
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.os.Build
import android.util.Log
import org.json.JSONObject
import java.io.File
import java.time.LocalDateTime
import java.time.ZoneId

object AlertPlan {
    /** The plan file in the app's files folder, and the version this code reads. */
    const val FILE = "mend.alerts.json"
    const val VERSION = 1
    /** The slots cleared when there is no plan to say how many (a pause and 7 days). */
    private const val SLOTS = 8
    /** The running pause's notification, apart from the slots' numbers. */
    const val PAUSE_NOTIFICATION = 1000
    private const val ALERTS_CHANNEL = "mend-alerts"
    private const val PAUSE_CHANNEL = "mend-pause"
    private const val TAG = "mend"

    /** Whether alarms may be exact (Android 12+ asks; before it they always may). */
    fun onTime(context: Context): Boolean {
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.S) return true
        return context.getSystemService(AlarmManager::class.java)?.canScheduleExactAlarms() == true
    }

    /**
     * Makes the alarms and the running pause's notification exactly what the plan says. A plan
     * that can't be read whole leaves the alarms as they are (Mend sets them again when it
     * opens), and never ends the receiver that asked.
     */
    fun set(context: Context) {
        try {
            setFrom(context, read(context))
        } catch (e: Exception) {
            Log.w(TAG, "the plan of alerts could not be set", e)
        }
    }

    private fun setFrom(context: Context, plan: JSONObject?) {
        if (plan != null && plan.optInt("version") > VERSION) {
            Log.i(TAG, "a newer plan: the alerts stay as they are until Mend opens")
            return
        }
        val alarms = context.getSystemService(AlarmManager::class.java) ?: return
        // Every slot a plan has had: at least this version's, should a plan have fewer.
        val slots = maxOf(plan?.optInt("slots", SLOTS) ?: SLOTS, SLOTS)
        for (slot in 0 until slots) {
            val old = PendingIntent.getBroadcast(
                context, slot, Intent(context, AlertReceiver::class.java),
                PendingIntent.FLAG_NO_CREATE or PendingIntent.FLAG_IMMUTABLE,
            )
            if (old != null) {
                alarms.cancel(old)
                old.cancel()
            }
        }
        if (plan == null) {
            showRunningPause(context, null)
            return
        }
        makeChannels(context, plan.getJSONObject("channels"))
        val exact = onTime(context)
        val now = System.currentTimeMillis()
        val alerts = plan.getJSONArray("alerts")
        for (i in 0 until alerts.length()) {
            val alert = alerts.getJSONObject(i)
            val at = whenDue(alert) ?: continue
            if (at <= now) continue
            val slot = alert.getInt("slot")
            val intent = Intent(context, AlertReceiver::class.java)
                .putExtra("slot", slot)
                .putExtra("kind", alert.getString("kind"))
                .putExtra("title", alert.getString("title"))
                .putExtra("body", alert.getString("body"))
            val due = PendingIntent.getBroadcast(
                context, slot, intent,
                PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
            )
            if (exact) {
                alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at, due)
            } else {
                alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at, due)
            }
        }
        showRunningPause(context, plan.optJSONObject("pause"))
        Log.i(TAG, "alerts set: ${alerts.length()}, exact: $exact")
    }

    /** The plan file, or null when there is none (or it can't be read). */
    private fun read(context: Context): JSONObject? {
        val file = File(context.filesDir, FILE)
        if (!file.exists()) return null
        return try {
            JSONObject(file.readText())
        } catch (e: Exception) {
            Log.w(TAG, "the plan of alerts could not be read", e)
            null
        }
    }

    /**
     * When an alert is due, in milliseconds since 1970: its instant, or its wall-clock time
     * read in the phone's zone now (so a reminder keeps to 20:00 after the zone changes).
     */
    private fun whenDue(alert: JSONObject): Long? {
        if (!alert.isNull("at_ms")) return alert.getLong("at_ms")
        if (alert.isNull("local")) return null
        return LocalDateTime.parse(alert.getString("local"))
            .atZone(ZoneId.systemDefault())
            .toInstant()
            .toEpochMilli()
    }

    /** Mend's two channels, named in its own words from the plan. */
    private fun makeChannels(context: Context, words: JSONObject) {
        val manager = context.getSystemService(NotificationManager::class.java) ?: return
        val alerts = NotificationChannel(ALERTS_CHANNEL, words.getString("alerts"), NotificationManager.IMPORTANCE_DEFAULT)
        alerts.description = words.getString("alerts_about")
        val pause = NotificationChannel(PAUSE_CHANNEL, words.getString("pause"), NotificationManager.IMPORTANCE_LOW)
        pause.description = words.getString("pause_about")
        pause.setSound(null, null)
        pause.enableVibration(false)
        manager.createNotificationChannel(alerts)
        manager.createNotificationChannel(pause)
    }

    /**
     * While a pause runs, a quiet notification counts down to its end (the system's
     * chronometer), with "I'm back" and "5 more minutes", each opening Mend through its
     * link. It goes when the pause ends, is ended, or has no plan.
     */
    private fun showRunningPause(context: Context, pause: JSONObject?) {
        val manager = context.getSystemService(NotificationManager::class.java) ?: return
        val now = System.currentTimeMillis()
        val ends = pause?.optLong("ends_at_ms") ?: 0L
        if (pause == null || ends <= now || !manager.areNotificationsEnabled()) {
            manager.cancel(PAUSE_NOTIFICATION)
            return
        }
        val back = Notification.Action.Builder(null, pause.getString("back"), open(context, pause.getString("back_link"), 1)).build()
        val more = Notification.Action.Builder(null, pause.getString("more"), open(context, pause.getString("more_link"), 2)).build()
        val notification = Notification.Builder(context, PAUSE_CHANNEL)
            .setSmallIcon(R.drawable.mend_notification)
            .setContentTitle(pause.getString("title"))
            .setContentText(pause.getString("body"))
            .setWhen(ends)
            .setShowWhen(true)
            .setUsesChronometer(true)
            .setChronometerCountDown(true)
            .setOngoing(true)
            .setOnlyAlertOnce(true)
            .setCategory(Notification.CATEGORY_REMINDER)
            .setTimeoutAfter(ends - now)
            .setContentIntent(open(context, null, 0))
            .addAction(back)
            .addAction(more)
            .build()
        manager.notify(PAUSE_NOTIFICATION, notification)
    }

    /** Opens Mend from a notification, with a mend:// link when there is one. */
    fun open(context: Context, link: String?, code: Int): PendingIntent {
        val intent = context.packageManager.getLaunchIntentForPackage(context.packageName) ?: Intent()
        intent.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_SINGLE_TOP)
        if (link != null) {
            intent.action = Intent.ACTION_VIEW
            intent.data = Uri.parse(link)
        }
        return PendingIntent.getActivity(
            context, PAUSE_NOTIFICATION + code, intent,
            PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
        )
    }

    /** Shows a due alert on Mend's channel; the pause's end takes its countdown away. */
    fun show(context: Context, intent: Intent) {
        val title = intent.getStringExtra("title") ?: return
        val body = intent.getStringExtra("body") ?: ""
        val slot = intent.getIntExtra("slot", 0)
        val manager = context.getSystemService(NotificationManager::class.java) ?: return
        if (intent.getStringExtra("kind") == "pause_over") {
            manager.cancel(PAUSE_NOTIFICATION)
        }
        if (!manager.areNotificationsEnabled()) return
        val notification = Notification.Builder(context, ALERTS_CHANNEL)
            .setSmallIcon(R.drawable.mend_notification)
            .setContentTitle(title)
            .setContentText(body)
            .setStyle(Notification.BigTextStyle().bigText(body))
            .setContentIntent(open(context, null, 10 + slot))
            .setAutoCancel(true)
            .build()
        manager.notify(slot, notification)
    }
}

/** Woken by an alarm at an alert's time, while Mend may be closed: shows it. */
class AlertReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) = AlertPlan.show(context, intent)
}

/**
 * Sets the planned alerts again from the plan file: after the phone restarts (alarms do not
 * survive it), the clock or the time zone changes (a reminder keeps to its wall-clock
 * time), Mend is updated, or Mend is allowed exact alarms.
 */
class PlanReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        when (intent.action) {
            Intent.ACTION_BOOT_COMPLETED,
            Intent.ACTION_TIMEZONE_CHANGED,
            Intent.ACTION_TIME_CHANGED,
            Intent.ACTION_MY_PACKAGE_REPLACED,
            AlarmManager.ACTION_SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED,
            -> AlertPlan.set(context)
        }
    }
}
