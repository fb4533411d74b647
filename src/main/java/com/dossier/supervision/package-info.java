/**
 * 动态监管提示 and 电子版《诚信手册》核定(自检): what an enterprise should fix before a review (missing,
 * expiring, failed), and whether its handbook meets a qualification case. Both are
 * computed from the other modules' data on each request and never stored.
 */
package com.dossier.supervision;
