import 'diplomatic-timeline/element';
