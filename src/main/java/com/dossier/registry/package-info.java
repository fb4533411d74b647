/**
 * 管理系统数据: level-A data from the management systems (enterprise basic data, qualifications
 * held, registered personnel, safety production licences, level-A records), the import
 * that keeps it current (API and Excel) and the enterprise's read-only pages of it.
 */
package com.dossier.registry;
