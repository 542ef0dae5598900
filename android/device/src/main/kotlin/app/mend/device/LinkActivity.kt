// Where a home-screen shortcut lands first. Android starts a static shortcut's activity
// with NEW_TASK and CLEAR_TASK, which would end Mend's own activity and start it again;
// Mend's renderer is not made to be started twice in one process. So the shortcut opens
// this invisible activity in a task of its own, which hands the mend:// link to Mend's
// activity (singleTask: it is brought to the front as it is, and given the link in
// onNewIntent) and finishes.
//
// Not compiled here: no Android SDK can be had on our build machines (docs/PHONES.md).
package app.mend.device

import android.app.Activity
import android.content.Intent
import android.os.Bundle

class LinkActivity : Activity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val open = packageManager.getLaunchIntentForPackage(packageName)
        if (open != null) {
            open.action = Intent.ACTION_VIEW
            open.data = intent?.data
            open.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK)
            startActivity(open)
        }
        finish()
    }
}
