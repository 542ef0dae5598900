// Mend's Android device layer: a Gradle library module that `dx` builds into the app as a
// Dioxus native plugin (`#[manganis::ffi("android/device")]` in src/platform/android.rs
// names it). It carries what the app needs beyond dx's own project: the bridge the Rust
// side calls (MendDevice), the alarms and their receivers (AlertPlan), a FileProvider for
// handing exports to the share sheet, and resources dx has no place for: the notification
// icon, the home-screen shortcuts and the backup rules. dx strips the plugin versions below
// and builds it with the app's own Android Gradle plugin and Kotlin.
//
// Not built here: no Android SDK can be had on our build machines (docs/PHONES.md).
plugins {
    id("com.android.library")
    kotlin("android")
}

android {
    namespace = "app.mend.device"
    compileSdk = 36

    defaultConfig {
        minSdk = 26
        consumerProguardFiles("consumer-rules.pro")
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    kotlinOptions {
        jvmTarget = "17"
    }
}

dependencies {
    implementation("androidx.core:core:1.13.1")
    // MendTheme's parent; the app has the same version through dx's template.
    implementation("androidx.appcompat:appcompat:1.7.1")
}
