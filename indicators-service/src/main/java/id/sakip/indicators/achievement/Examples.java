package id.sakip.indicators.achievement;

/** OpenAPI examples with the seed office's figures. */
final class Examples {

    static final String SCORECARD = "{\"workUnit\":{\"code\":\"408103\",\"name\":\"Kantor Imigrasi Kelas I TPI "
            + "Tanjungpinang\"},\"year\":2024,\"plan\":{\"code\":\"RENSTRA-DJIM-2020-2024\",\"name\":\"...\"},"
            + "\"agreement\":{\"revision\":2,\"status\":\"SIGNED\",\"signedOn\":null},\"objectives\":[{\"code\":"
            + "\"SK3\",\"name\":\"...\",\"level\":\"ACTIVITY\",\"parent\":{\"code\":\"SS2\",\"name\":\"...\"},"
            + "\"averageAchievement\":113.87,\"indicators\":[{\"code\":\"IKK-3.2\",\"kind\":\"VALUE\",\"unit\":"
            + "\"INDEX\",\"target\":3.1,\"value\":3.96,\"realization\":3.96,\"achievement\":127.74,"
            + "\"applicable\":true,\"benchmark\":{\"imported\":{\"source\":\"IMPORTED\",\"scope\":\"NATIONAL\","
            + "\"averageValue\":3.93,\"ratio\":100.76}}}]}],\"overallAverageAchievement\":112.03}";

    private Examples() {
    }
}
