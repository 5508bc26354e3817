def test_dbg(make_window, large_pair, qtbot):
    window = make_window(*large_pair)
    v = window.view
    from treatyviewer.ui.alignment import anchors
    from treatyviewer.ui.geometry import SideGeometry
    for i in range(3):
        qtbot.wait(300)
        g0 = SideGeometry.measure(v.rendered[0].document, v.rendered[0].map)
        g1 = SideGeometry.measure(v.rendered[1].document, v.rendered[1].map)
        chain = anchors(window.session.comparison, v.rendered[0].map, v.rendered[1].map)
        diffs = [g0.ranges[o][0] - g1.ranges[n][0] for o, n in chain]
        bad = [i for i, d in enumerate(diffs) if abs(d) > 1]
        print(len(chain), max(map(abs, diffs)), bad[:10])
        v.realign()
